package app.pathwise.plan.followup;

/** How many reminders one run of {@link PlanReminders} sent (repeats of earlier ones not counted). */
public record ReminderRun(int checkInsDue, int checkInsOverdue, int actionsOverdue, int reportsDue) {

    public int total() {
        return checkInsDue + checkInsOverdue + actionsOverdue + reportsDue;
    }
}
