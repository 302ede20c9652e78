package app.pathwise.plan;

/** Where a development action stands. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED;

    /** Still to be done: counts towards overdue when its due date has passed. */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
