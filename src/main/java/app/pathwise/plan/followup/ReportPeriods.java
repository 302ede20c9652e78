package app.pathwise.plan.followup;

import app.pathwise.plan.ReportFrequency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reporting periods of a plan, counted from its start: period k (from 0) starts k months (or
 * quarters) after the plan's start and ends the day before the next one starts, the last one on the
 * plan's end. Each is computed from the start, never from the previous period, so a plan starting on
 * the 31st keeps its days ({@code PlanReminders} does the same arithmetic in SQL).
 */
final class ReportPeriods {

    private ReportPeriods() {
    }

    static int months(ReportFrequency frequency) {
        return frequency == ReportFrequency.QUARTERLY ? 3 : 1;
    }

    /** Every period of the plan. */
    static List<ReportPeriod> all(LocalDate startsOn, LocalDate endsOn, ReportFrequency frequency) {
        List<ReportPeriod> periods = new ArrayList<>();
        if (frequency == null) {
            return periods;
        }
        int step = months(frequency);
        for (int k = 0; ; k++) {
            LocalDate start = startsOn.plusMonths((long) k * step);
            if (start.isAfter(endsOn)) {
                return periods;
            }
            LocalDate end = startsOn.plusMonths((long) (k + 1) * step).minusDays(1);
            periods.add(new ReportPeriod(k + 1, start, end.isAfter(endsOn) ? endsOn : end));
        }
    }

    /**
     * The periods a report is expected for: those that have started by {@code until} and end on or
     * after the day the plan became active (nobody reports on a plan still being drafted).
     */
    static List<ReportPeriod> expected(PlanFacts plan, LocalDate until) {
        return all(plan.startsOn(), plan.endsOn(), plan.reportFrequency()).stream()
            .filter(p -> !p.start().isAfter(until) && !p.end().isBefore(plan.activeFrom()))
            .toList();
    }

    static Optional<ReportPeriod> starting(List<ReportPeriod> periods, LocalDate start) {
        return periods.stream().filter(p -> p.start().equals(start)).findFirst();
    }
}
