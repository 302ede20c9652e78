package app.pathwise.plan;

/** Whether a career goal is still open, was reached (with a retrospective) or was dropped. */
public enum GoalStatus {
    OPEN, REACHED, DROPPED
}
