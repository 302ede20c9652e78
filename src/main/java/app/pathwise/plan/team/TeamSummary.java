package app.pathwise.plan.team;

/**
 * Counts over everyone of the scope (whatever the filter), shown above the list.
 *
 * @param people everyone of the scope
 * @param withoutPlan of them without any plan
 * @param awaiting plans awaiting the reader's decision
 * @param missedCheckIns active plans whose check-in day has passed
 * @param peopleOverdue people with overdue actions
 * @param overdueActions overdue actions in all
 * @param matching people the filter keeps
 */
public record TeamSummary(long people, long withoutPlan, long awaiting, long missedCheckIns, long peopleOverdue,
                          long overdueActions, long matching) {
}
