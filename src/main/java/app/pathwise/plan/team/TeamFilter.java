package app.pathwise.plan.team;

/**
 * What the team view shows: whose plans, which of them, in which order.
 *
 * @param scope whose plans; null for the reader's default (managers their team, HR the unmanaged)
 * @param state only people in this state (null: everyone)
 * @param overdue only people with overdue actions
 * @param missed only people whose check-in is overdue
 * @param awaiting only plans awaiting the reader's decision
 * @param query words of the name (or e-mail, employee number)
 * @param sort the order
 * @param descending the order reversed
 */
public record TeamFilter(TeamScope scope, PlanState state, boolean overdue, boolean missed, boolean awaiting,
                         String query, TeamSort sort, boolean descending) {

    public TeamFilter {
        sort = sort == null ? TeamSort.NAME : sort;
        query = query == null ? "" : query.strip();
    }

    /** Everyone of the reader's default scope, by name. */
    public static TeamFilter everyone() {
        return new TeamFilter(null, null, false, false, false, "", TeamSort.NAME, false);
    }

    public TeamFilter withScope(TeamScope chosen) {
        return new TeamFilter(chosen, state, overdue, missed, awaiting, query, sort, descending);
    }

    /** Whether anything narrows the list beyond the scope. */
    public boolean narrowed() {
        return state != null || overdue || missed || awaiting || !query.isEmpty();
    }
}
