package app.pathwise.plan.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A submitted progress report. */
public record ProgressReportView(long id, LocalDate periodStart, LocalDate periodEnd, String progress,
                                 String learningApplied, Instant submittedAt) {
}
