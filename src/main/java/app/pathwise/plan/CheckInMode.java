package app.pathwise.plan;

/** How a check-in is held: a 1:1 meeting or a written update. */
public enum CheckInMode {
    MEETING, WRITTEN
}
