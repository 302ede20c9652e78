package app.pathwise.plan.followup;

import app.pathwise.plan.PlanParty;
import java.util.List;

/**
 * {@code /plans/{id}/reports}: the plan's expected periods (newest first) with their reports, and the
 * periods the employee can still report on.
 */
public record ReportsPage(PlanParty party, PlanFacts plan, List<ReportRow> rows, List<ReportPeriod> open) {

    public boolean mayReport() {
        return party.owner() && plan.active() && plan.reportFrequency() != null && !open.isEmpty();
    }

    public long missing() {
        return rows.stream().filter(r -> r.state() == ReportRow.State.MISSING).count();
    }
}
