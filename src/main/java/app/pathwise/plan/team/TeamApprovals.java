package app.pathwise.plan.team;

import app.pathwise.plan.ApproveCommand;
import app.pathwise.plan.PlanOutcome;
import app.pathwise.plan.PlanProblems;
import app.pathwise.plan.PlanService;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approving several submitted plans at once with one follow-up rhythm, all or nothing: in one
 * transaction, each plan through {@link PlanService#approve}. Before anything is approved, one
 * statement checks every ticked plan: one the reader does not decide on (or that does not exist) is
 * not found, and when any plan is no longer submitted or changed since the list was shown, nothing is
 * approved and the owners of those plans are named.
 */
@Service
public class TeamApprovals {

    /** Each ticked plan with what decides whether the reader may approve it (as {@code PlanAccess} does). */
    private static final String CHECK = """
        with recursive chosen as (
            select p.id, p.version, p.status, p.employee_id, e.full_name
              from development_plan p join employee e on e.id = p.employee_id
             where p.id in (:ids)
        ),
        chain(plan_id, id, manager_id, status, depth) as (
            select c.id, e.id, e.manager_id, e.status, 0 from chosen c join employee e on e.id = c.employee_id
            union all
            select ch.plan_id, m.id, m.manager_id, m.status, ch.depth + 1
              from chain ch join employee m on m.id = ch.manager_id
             where ch.depth < 64
        )
        select c.id, c.version, c.status, c.employee_id, c.full_name,
               (select ch.status from chain ch where ch.plan_id = c.id and ch.depth = 1) as direct_status,
               (select ch.id from chain ch where ch.plan_id = c.id and ch.depth >= 1 and ch.status = 'ACTIVE'
                 order by ch.depth limit 1) as reviewer_id
          from chosen c
        """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PlanService plans;

    TeamApprovals(NamedParameterJdbcTemplate jdbc, PlanService plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /**
     * What came of a bulk approval.
     *
     * @param approved how many plans were approved
     * @param stale the owners of the plans that changed since the list was shown (then none was approved)
     */
    public record Outcome(int approved, List<String> stale) {

        public boolean succeeded() {
            return stale.isEmpty();
        }
    }

    /** A plan's approval refused for its input (a first check-in after the plan ends): nothing was approved. */
    public static class Refused extends RuntimeException {

        private final String owner;
        private final transient PlanProblems problems;

        Refused(String owner, PlanProblems problems) {
            super("approval refused");
            this.owner = owner;
            this.problems = problems;
        }

        /** The name of the plan's owner. */
        public String owner() {
            return owner;
        }

        public PlanProblems problems() {
            return problems;
        }
    }

    /**
     * Approves every chosen plan with the same rhythm, or none. A plan the reader may not decide on
     * gets the not-found answer; a plan no longer submitted, or at another version, makes the outcome
     * name its owner; a plan the rhythm does not fit throws {@link Refused}.
     */
    @Transactional
    public Outcome approve(PathwiseUser user, List<PlanChoice> choices, ApproveCommand command) {
        if (choices.isEmpty()) {
            return new Outcome(0, List.of());
        }
        Map<Long, Row> rows = new HashMap<>();
        jdbc.query(CHECK, Map.of("ids", choices.stream().map(PlanChoice::planId).toList()), rs -> {
            rows.put(rs.getLong("id"), new Row(rs.getLong("version"), rs.getString("status"), rs.getLong("employee_id"),
                rs.getString("full_name"), rs.getString("direct_status"), rs.getObject("reviewer_id", Long.class)));
        });
        List<String> stale = new ArrayList<>();
        for (PlanChoice choice : choices) {
            Row row = rows.get(choice.planId());
            if (row == null || !row.decidedBy(user)) {
                throw new NotFoundException();
            }
            if (!"SUBMITTED".equals(row.status()) || row.version() != choice.version()) {
                stale.add(row.owner());
            }
        }
        if (!stale.isEmpty()) {
            return new Outcome(0, stale.stream().sorted().toList());
        }
        for (PlanChoice choice : choices) {
            PlanOutcome outcome = plans.approve(user, choice.planId(), choice.version(), command);
            if (!outcome.succeeded()) {
                throw new Refused(rows.get(choice.planId()).owner(), outcome.problems());
            }
        }
        return new Outcome(choices.size(), List.of());
    }

    private record Row(long version, String status, long employeeId, String owner, String directStatus,
                       Long reviewerId) {

        /** The reader decides on the plan: its reviewer, or HR while its direct manager is missing. */
        boolean decidedBy(PathwiseUser user) {
            if (user.isSelf(employeeId)) {
                return false;
            }
            boolean reviewer = user.employeeId() != null && user.employeeId().equals(reviewerId);
            return reviewer || user.has(Role.HR) && !"ACTIVE".equals(directStatus);
        }
    }
}
