package app.pathwise.plan;

/** How often the employee reports progress and the application of what they learned. */
public enum ReportFrequency {
    MONTHLY, QUARTERLY
}
