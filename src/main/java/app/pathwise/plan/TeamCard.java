package app.pathwise.plan;

/**
 * A manager's team as their home page shows it: the counts of the team view's default scope (the
 * direct reports, and the people whose plans they decide for a manager who is away).
 *
 * @param people         everyone of the team
 * @param awaiting       plans awaiting the manager's decision
 * @param missedCheckIns active plans whose check-in day has passed
 * @param peopleOverdue  people with overdue actions
 * @param withoutPlan    people without any plan
 */
public record TeamCard(long people, long awaiting, long missedCheckIns, long peopleOverdue, long withoutPlan) {

    /** Whether anything waits for the manager or is behind schedule. */
    public boolean anythingToDo() {
        return awaiting > 0 || missedCheckIns > 0 || peopleOverdue > 0;
    }
}
