package app.pathwise.plan.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A comment on a plan as pages show it.
 *
 * @param checkInId the check-in it is about, or null
 * @param checkInHeldOn the day that check-in was held, or null
 */
public record CommentView(long id, Long checkInId, LocalDate checkInHeldOn, long authorId, String authorName,
                          String body, Instant createdAt) {
}
