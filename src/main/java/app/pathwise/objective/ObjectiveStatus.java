package app.pathwise.objective;

/** An objective is worked on until it is closed; a closed one keeps its key results and history. */
public enum ObjectiveStatus {
    ACTIVE, CLOSED
}
