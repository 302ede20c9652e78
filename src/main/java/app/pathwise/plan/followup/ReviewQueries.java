package app.pathwise.plan.followup;

import app.pathwise.careerpath.GapAnalysis;
import app.pathwise.careerpath.GapAnalysisQueries;
import app.pathwise.careerpath.GapLevel;
import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the career review page. Not one transaction: a gap analysis that finds nothing answers with an
 * exception, which must not spoil the rest of the page.
 */
@Component
public class ReviewQueries {

    private final PlanAccess access;
    private final PlanFactsReader plans;
    private final GapAnalysisQueries gaps;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewQueries(PlanAccess access, PlanFactsReader plans, GapAnalysisQueries gaps, JdbcTemplate jdbc,
                  Clock clock) {
        this.access = access;
        this.plans = plans;
        this.gaps = gaps;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The review page for anyone who may read the plan. Three statements; when the reviewer is about
     * to record the review, the gap analysis adds the suggested readiness.
     */
    public ReviewPage page(PathwiseUser user, long planId) {
        PlanParty party = access.check(user, planId);
        PlanFacts plan = plans.find(planId);
        Facts facts = jdbc.queryForObject("""
            select r.id, r.held_on, r.outcome, r.readiness_before, r.readiness_after, r.summary, r.adjustments,
                   e.full_name as recorded_by_name, r.created_at,
                   (select n.id from development_plan n where n.previous_plan_id = p.id
                     order by n.created_at desc, n.id desc limit 1) as next_plan_id,
                   (select v.readiness_after from career_review v where v.plan_id = p.previous_plan_id) as previous_readiness,
                   (select g.target_level_id from career_goal g where g.plan_id = p.id and g.horizon = 'SHORT'
                       and g.status <> 'DROPPED' and g.target_level_id is not null
                     order by g.position, g.id limit 1) as target_level_id
              from development_plan p
              left join career_review r on r.plan_id = p.id
              left join employee e on e.id = r.recorded_by
             where p.id = ?""", (rs, i) -> facts(rs), planId);
        LocalDate today = LocalDate.now(clock);
        ReviewPage page = new ReviewPage(party, plan, facts.review, ReviewWindow.opensOn(plan),
            ReviewWindow.open(plan, today), facts.nextPlanId, ReadinessHint.NONE);
        if (!page.mayRecord()) {
            return page;
        }
        return new ReviewPage(party, plan, null, page.opensOn(), true, facts.nextPlanId,
            hint(user, plan.employeeId(), facts.previousReadiness, facts.targetLevelId));
    }

    /** Today's readiness from the career-path gap analysis, if the employee is placed on a path. */
    private ReadinessHint hint(PathwiseUser user, long employeeId, Integer previous, Long targetLevelId) {
        Optional<GapLevel> level = closest(user, employeeId, targetLevelId);
        if (level.isEmpty() && targetLevelId != null) {
            level = closest(user, employeeId, null);
        }
        return new ReadinessHint(previous, level.map(l -> l.readiness().percent()).orElse(null),
            level.map(l -> l.level().title()).orElse(null));
    }

    /** The target level's gap, else the next level's, else the current one's. */
    private Optional<GapLevel> closest(PathwiseUser user, long employeeId, Long targetLevelId) {
        try {
            GapAnalysis analysis = gaps.analyse(user, employeeId, targetLevelId);
            return analysis.levels().stream().min(Comparator.comparingInt(l -> switch (l.kind()) {
                case TARGET -> 0;
                case NEXT -> 1;
                case CURRENT -> 2;
            }));
        }
        catch (NotFoundException notPublishedOrNotVisible) {
            return Optional.empty();
        }
    }

    private record Facts(CareerReviewView review, Long nextPlanId, Integer previousReadiness, Long targetLevelId) {
    }

    private static Facts facts(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        CareerReviewView review = rs.wasNull() ? null : new CareerReviewView(id,
            rs.getObject("held_on", LocalDate.class), ReviewOutcome.valueOf(rs.getString("outcome")),
            rs.getObject("readiness_before", Integer.class), rs.getObject("readiness_after", Integer.class),
            rs.getString("summary"), rs.getString("adjustments"), rs.getString("recorded_by_name"),
            rs.getTimestamp("created_at").toInstant());
        return new Facts(review, rs.getObject("next_plan_id", Long.class),
            rs.getObject("previous_readiness", Integer.class), rs.getObject("target_level_id", Long.class));
    }
}
