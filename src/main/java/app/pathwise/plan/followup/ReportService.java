package app.pathwise.plan.followup;

import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employee's progress and learning-application reports, one per period of the plan. */
@Service
public class ReportService {

    private final PlanAccess access;
    private final PlanFactsReader plans;
    private final PlanRows planRows;
    private final ProgressReports reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(PlanAccess access, PlanFactsReader plans, PlanRows planRows, ProgressReports reports,
                  ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.planRows = planRows;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The employee reports on one period of their active plan: a period that has started (see
     * {@link ReportPeriods#expected}) and has no report yet. Anyone else gets not found.
     */
    @Transactional
    public FollowUpOutcome submit(PathwiseUser user, long planId, LocalDate periodStart, String progress,
                                  String learningApplied) {
        PlanParty party = access.check(user, planId);
        if (!party.owner()) {
            throw new NotFoundException();
        }
        PlanFacts plan = plans.lock(planId);
        FollowUpOutcome.Problems problems = new FollowUpOutcome.Problems();
        if (!plan.active() || plan.reportFrequency() == null) {
            return problems.add(null, "plan.followup.report.not-open").refused();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<ReportPeriod> period = periodStart == null ? Optional.empty()
            : ReportPeriods.starting(ReportPeriods.expected(plan, today), periodStart);
        if (periodStart != null && period.isEmpty()) {
            problems.add("periodStart", "plan.followup.report.not-a-period");
        }
        else if (period.isPresent() && reports.existsByPlanIdAndPeriodStart(planId, periodStart)) {
            problems.add("periodStart", "plan.followup.report.already-reported");
        }
        if (!problems.isEmpty() || period.isEmpty()) {
            return problems.refused();
        }
        Instant now = clock.instant();
        ProgressReport report = reports.save(new ProgressReport(planId, period.get(), progress, learningApplied, now));
        planRows.touched(planId, now);
        events.publishEvent(new AuditedChange("plan.report-submitted", "development_plan", planId,
            "report " + report.getId() + " for " + period.get().start() + " to " + period.get().end()));
        return FollowUpOutcome.stored(report.getId());
    }
}
