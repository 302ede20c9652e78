package app.pathwise.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A plan in a list (an employee's plan history): its state, period and how far its actions got. */
public record PlanSummary(long id, PlanStatus status, String title, LocalDate startsOn, LocalDate endsOn,
                          Instant createdAt, Instant approvedAt, Instant completedAt, Instant closedAt,
                          int goalCount, int actionCount, int doneCount) {

    public boolean open() {
        return PlanStatus.OPEN.contains(status);
    }

    /** Done out of the actions that count (cancelled ones do not), in percent. */
    public int progressPercent() {
        return actionCount == 0 ? 0 : doneCount * 100 / actionCount;
    }
}
