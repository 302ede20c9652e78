package app.pathwise.plan.followup;

/** What the yearly career review concluded. */
public enum ReviewOutcome {
    PROMOTED, MOVED, ON_TRACK, NEEDS_SUPPORT, CHANGED_DIRECTION
}
