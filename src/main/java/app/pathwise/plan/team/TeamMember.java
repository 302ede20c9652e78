package app.pathwise.plan.team;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person of the team view with their plan (the open one, else the latest; none when they have
 * never had one).
 *
 * @param employeeId the person
 * @param fullName their name
 * @param jobTitle their job title, or null
 * @param managerName their direct manager's name (shown for the reporting line), or null
 * @param managerAway their direct manager is missing (on leave, gone or none), so the plan's
 *     decisions fall to the next active manager up (or HR)
 * @param depth 1 for a direct report, 2 for their reports, ...
 * @param planId the plan, or null
 * @param planVersion the plan's version, for the bulk decision's stale check
 * @param state no plan, or the plan's status
 * @param planTitle the plan's title, or null
 * @param actions the plan's actions that are not cancelled
 * @param done those of them done
 * @param overdue open actions of an open plan past their due date
 * @param nextCheckInOn the next check-in of an active plan, or null
 * @param missed that check-in's day has passed
 * @param lastActivityAt when anything last happened on the plan, or null
 * @param awaitingReader the plan is submitted and the reader decides on it
 */
public record TeamMember(long employeeId, String fullName, String jobTitle, String managerName, boolean managerAway,
                         int depth, Long planId, Long planVersion, PlanState state, String planTitle, int actions,
                         int done, int overdue, LocalDate nextCheckInOn, boolean missed, Instant lastActivityAt,
                         boolean awaitingReader) {

    /** Done actions as a share of all not cancelled, 0 to 100; null without actions. */
    public Integer progressPercent() {
        return actions == 0 ? null : (int) Math.round(done * 100.0 / actions);
    }

    public boolean hasPlan() {
        return planId != null;
    }
}
