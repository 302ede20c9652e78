package app.pathwise.plan;

/** How far a career goal looks: short term (1–2 years) or long term (3–5 years). */
public enum GoalHorizon {
    SHORT, LONG
}
