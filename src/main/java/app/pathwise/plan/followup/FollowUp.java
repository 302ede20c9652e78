package app.pathwise.plan.followup;

import app.pathwise.plan.ReportFrequency;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up of one plan at a glance, for the plan page ({@code plan/followup/summary :: summary(followUp)}):
 * the check-in rhythm, what is behind schedule, the latest comments and what the reader may do.
 *
 * @param nextCheckInOn the check-in due next (null until the plan is active)
 * @param lastCheckInOn the day the latest check-in was held, or null
 * @param checkIns how many check-ins were recorded
 * @param missedCheckIn the due check-in's date has passed and none was held since
 * @param overdueActions open (planned or in progress) actions whose due date has passed
 * @param missingReports reporting periods that ended without a report
 * @param reportFrequency how often reports are due, or null when none were agreed
 * @param reviewed the yearly career review is recorded
 * @param comments how many comments the plan has
 * @param latestComments the newest three comments
 * @param mayComment the reader may comment (owner, reviewer, manager line)
 * @param mayRecordCheckIn the reader may record a check-in (owner or reviewer, plan active)
 */
public record FollowUp(long planId, boolean active, LocalDate nextCheckInOn, LocalDate lastCheckInOn, long checkIns,
                       boolean missedCheckIn, int overdueActions, int missingReports, ReportFrequency reportFrequency,
                       boolean reviewed, long comments, List<CommentView> latestComments, boolean mayComment,
                       boolean mayRecordCheckIn) {

    FollowUp withLatestComments(List<CommentView> latest) {
        return new FollowUp(planId, active, nextCheckInOn, lastCheckInOn, checkIns, missedCheckIn, overdueActions,
            missingReports, reportFrequency, reviewed, comments, List.copyOf(latest), mayComment, mayRecordCheckIn);
    }

    /** Whether anything is flagged as behind schedule. */
    public boolean behindSchedule() {
        return missedCheckIn || overdueActions > 0 || missingReports > 0;
    }
}
