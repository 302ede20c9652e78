package app.pathwise.plan;

import java.util.Set;
import java.util.stream.Collectors;

/** Where a plan is in its workflow. */
public enum PlanStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, ACTIVE, COMPLETED, CLOSED;

    /** The statuses of the employee's one open plan. */
    public static final Set<PlanStatus> OPEN = Set.of(DRAFT, SUBMITTED, CHANGES_REQUESTED, ACTIVE);

    /** {@link #OPEN} as an SQL list, for {@code status in ...}. */
    public static final String OPEN_SQL = OPEN.stream().sorted().map(status -> "'" + status + "'")
        .collect(Collectors.joining(", ", "(", ")"));

    /** Whether the employee may still change the plan's goals, gaps and actions freely. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
