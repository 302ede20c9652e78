package app.pathwise.plan.followup;

import app.pathwise.plan.CheckInMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A recorded check-in as pages show it, with who recorded it, how many comments are about it and how many
 * key-result values were recorded with it.
 */
public record CheckInView(long id, long version, LocalDate dueOn, LocalDate heldOn, CheckInMode mode,
                          String progressSummary, String obstacles, String supportNeeded, String nextSteps,
                          String managerFeedback, long recordedById, String recordedByName, Instant createdAt,
                          Instant updatedAt, long commentCount, long keyResultUpdates) {

    /** Days after its due date it was held (0 when on time or early). */
    public long daysLate() {
        return dueOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(dueOn, heldOn));
    }

    public boolean hasFeedback() {
        return managerFeedback != null && !managerFeedback.isBlank();
    }
}
