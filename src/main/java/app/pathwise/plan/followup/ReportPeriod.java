package app.pathwise.plan.followup;

import java.time.LocalDate;

/**
 * One reporting period of a plan: the {@code number}-th month or quarter counted from the plan's
 * start (1 is the first), from {@code start} to {@code end} inclusive. The report is due on the last day.
 */
public record ReportPeriod(int number, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
