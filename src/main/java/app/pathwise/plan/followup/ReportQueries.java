package app.pathwise.plan.followup;

import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.security.PathwiseUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a plan's reports against its periods. */
@Component
public class ReportQueries {

    private final PlanAccess access;
    private final PlanFactsReader plans;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportQueries(PlanAccess access, PlanFactsReader plans, JdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The plan's expected periods with their reports, for anyone who may read the plan. Three
     * statements; a plan has at most 60 monthly periods, so the list is not paged.
     */
    public ReportsPage page(PathwiseUser user, long planId) {
        PlanParty party = access.check(user, planId);
        PlanFacts plan = plans.find(planId);
        LocalDate today = LocalDate.now(clock);
        Map<LocalDate, ProgressReportView> reports = jdbc.query("""
            select id, period_start, period_end, progress, learning_applied, submitted_at
              from progress_report where plan_id = ?""",
            (rs, i) -> new ProgressReportView(rs.getLong("id"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getString("progress"), rs.getString("learning_applied"),
                rs.getTimestamp("submitted_at").toInstant()), planId)
            .stream().collect(Collectors.toMap(ProgressReportView::periodStart, Function.identity()));
        List<ReportPeriod> expected = ReportPeriods.expected(plan, plan.reportsUntil(today));
        List<ReportRow> rows = new ArrayList<>();
        List<ReportPeriod> open = new ArrayList<>();
        for (int i = expected.size() - 1; i >= 0; i--) {
            ReportPeriod period = expected.get(i);
            ProgressReportView report = reports.get(period.start());
            if (report != null) {
                rows.add(new ReportRow(period, ReportRow.State.REPORTED, report));
            }
            else {
                rows.add(new ReportRow(period, period.end().isBefore(today) ? ReportRow.State.MISSING
                    : ReportRow.State.DUE, null));
                open.add(period);
            }
        }
        return new ReportsPage(party, plan, rows, open);
    }

    /** How many expected periods ended before today without a report. */
    static int missing(PlanFacts plan, LocalDate today, List<LocalDate> reportedStarts) {
        return (int) ReportPeriods.expected(plan, plan.reportsUntil(today)).stream()
            .filter(p -> p.end().isBefore(today) && !reportedStarts.contains(p.start()))
            .count();
    }
}
