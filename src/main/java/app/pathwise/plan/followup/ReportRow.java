package app.pathwise.plan.followup;

/** One expected period of a plan with its report, if written. */
public record ReportRow(ReportPeriod period, State state, ProgressReportView report) {

    /** Reported; due (the period runs until today or later); missing (the period ended without one). */
    public enum State {
        REPORTED, DUE, MISSING
    }
}
