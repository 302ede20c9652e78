package app.pathwise.competency;

import java.time.Instant;

/** One past rating, for the history of a competency. */
public record RatingView(long id, int level, RaterKind raterKind, String raterName, String evidence, String comment,
                         Instant ratedAt) {
}
