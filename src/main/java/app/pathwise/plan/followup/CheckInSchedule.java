package app.pathwise.plan.followup;

import app.pathwise.plan.CheckInFrequency;
import java.time.LocalDate;

/**
 * The rhythm's arithmetic. A recorded check-in answers the check-in that was due; the next one is
 * counted from that due date, not from the day it was held, so a late check-in does not push the
 * schedule back. Due dates missed altogether are skipped, so the next date is always after the day
 * the check-in was held.
 */
final class CheckInSchedule {

    private CheckInSchedule() {
    }

    /** The check-in due after one that was due on {@code dueOn} and held on {@code heldOn}. */
    static LocalDate next(CheckInFrequency rhythm, LocalDate dueOn, LocalDate heldOn) {
        LocalDate next = rhythm.after(dueOn);
        while (!next.isAfter(heldOn)) {
            next = rhythm.after(next);
        }
        return next;
    }
}
