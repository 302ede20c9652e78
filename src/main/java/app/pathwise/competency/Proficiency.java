package app.pathwise.competency;

import java.time.Instant;

/**
 * A person's current proficiency in one competency: the latest manager rating, else the latest
 * self rating, which then counts as unconfirmed. The latest self rating is kept beside it so a page
 * can show where the two differ.
 */
public record Proficiency(long competencyId, int level, RaterKind source, Instant ratedAt, Integer selfLevel,
                          Instant selfRatedAt, String managerComment) {

    /** Whether a manager has rated this competency at all. */
    public boolean confirmed() {
        return source == RaterKind.MANAGER;
    }

    /** Whether the manager's latest rating differs from the latest self rating. */
    public boolean managerDiffers() {
        return confirmed() && selfLevel != null && selfLevel != level;
    }
}
