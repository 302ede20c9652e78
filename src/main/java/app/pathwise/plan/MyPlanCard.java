package app.pathwise.plan;

import java.time.LocalDate;

/**
 * The reader's open plan as their home page shows it: where it stands and what is behind schedule.
 *
 * @param actions        the actions that count (cancelled ones do not)
 * @param done           of them done
 * @param overdue        open actions past their due date
 * @param nextCheckInOn  the next check-in of an active plan (null otherwise)
 * @param missedCheckIn  an active plan whose check-in day has passed
 */
public record MyPlanCard(long id, PlanStatus status, String title, int actions, int done, int overdue,
                         LocalDate nextCheckInOn, boolean missedCheckIn) {

    /** Done out of the actions that count, in percent. */
    public int progressPercent() {
        return actions == 0 ? 0 : done * 100 / actions;
    }
}
