package app.pathwise.plan;

/** A step in a plan's workflow, as kept in its history. */
public enum PlanEventKind {
    CREATED, SUBMITTED, CHANGES_REQUESTED, APPROVED, RHYTHM_CHANGED, COMPLETED, CLOSED, REOPENED
}
