package app.pathwise.plan.followup;

import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.PlanStatus;
import app.pathwise.plan.ReportFrequency;
import java.time.LocalDate;

/**
 * What the follow-up pages need to know of a plan: whose it is, its period, its rhythm and where it
 * is in its workflow.
 *
 * @param activeFrom the day the plan became active (approval), or its start when not recorded
 * @param endedOn the day it was completed or closed, or null while open
 */
public record PlanFacts(long id, String title, long employeeId, String employeeName, PlanStatus status,
                        LocalDate startsOn, LocalDate endsOn, CheckInFrequency rhythm, CheckInMode mode,
                        LocalDate firstCheckInOn, LocalDate nextCheckInOn, ReportFrequency reportFrequency,
                        LocalDate activeFrom, LocalDate endedOn, Long previousPlanId) {

    public boolean active() {
        return status == PlanStatus.ACTIVE;
    }

    /** Completed or closed. */
    public boolean ended() {
        return status == PlanStatus.COMPLETED || status == PlanStatus.CLOSED;
    }

    /** The check-in the rhythm asks for next (the first one until one is recorded). */
    public LocalDate dueCheckIn() {
        return nextCheckInOn != null ? nextCheckInOn : firstCheckInOn;
    }

    /** The last day reports are expected for: today while active, else the day the plan ended. */
    LocalDate reportsUntil(LocalDate today) {
        if (active() || endedOn == null) {
            return today;
        }
        return endedOn.isBefore(today) ? endedOn : today;
    }
}
