package app.pathwise.plan;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decides, in one SQL statement, what the user is to a plan or to an employee's plans, and refuses
 * (as not found) anyone who may not read it: the employee, their manager line and HR read;
 * executives get no plan contents.
 */
@Component
public class PlanAccess {

    /** The employee's management chain, upwards, with each manager's employment status. */
    private static final String CHAIN = """
        with recursive chain(id, manager_id, status, depth) as (
            select e.id, e.manager_id, e.status, 0 from employee e where e.id = (%s)
            union all
            select m.id, m.manager_id, m.status, c.depth + 1
            from chain c join employee m on m.id = c.manager_id
            where c.depth < 64
        )
        select (select id from chain where depth = 0) as employee_id,
               (select status from chain where depth = 1) as direct_status,
               (select id from chain where depth >= 1 and status = 'ACTIVE' order by depth limit 1) as reviewer_id,
               exists (select 1 from chain where depth >= 1 and id = ?) as in_line
               %s
        """;

    private final JdbcTemplate jdbc;

    PlanAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's part in the plan; throws not found when the plan is missing or not theirs to read. */
    public PlanParty check(PathwiseUser user, long planId) {
        String sql = CHAIN.formatted("select p.employee_id from development_plan p where p.id = ?",
            ", (select p.status from development_plan p where p.id = ?) as status");
        List<PlanParty> found = jdbc.query(sql, (rs, i) -> party(user, planId, rs.getLong("employee_id"),
                rs.wasNull(), rs.getString("direct_status"), rs.getObject("reviewer_id", Long.class),
                rs.getBoolean("in_line"), rs.getString("status")),
            planId, me(user), planId);
        return readable(found);
    }

    /**
     * As {@link #check}, with the plan's stamp read in the same statement, before anything else of the
     * plan: the numbers that change with whatever its page shows ({@link PlanStamp}).
     */
    public PlanPageAccess checkPage(PathwiseUser user, long planId) {
        return page(user, "select p.employee_id from development_plan p where p.id = ?", "p.id = ?", planId)
            .orElseThrow(NotFoundException::new);
    }

    /**
     * As {@link #checkPage}, for the signed-in employee's open plan: empty when they have none (or no
     * employee record). One statement.
     */
    public Optional<PlanPageAccess> checkMyOpenPlan(PathwiseUser user) {
        return page(user, "?", "p.employee_id = ? and p.status in " + PlanStatus.OPEN_SQL, me(user));
    }

    /** The reader's part in the plan {@code where} finds, with the plan's stamp; empty when none is found. */
    private Optional<PlanPageAccess> page(PathwiseUser user, String employee, String where, long key) {
        String sql = CHAIN.formatted(employee, """
            , p.id as plan_id, p.status, p.revision, v.revision as previous_revision,
              (select count(*) from development_plan o where o.employee_id = p.employee_id) as plans,
              (select g.generation from content_generation g where g.name = 'people') as people,
              (select g.generation from content_generation g where g.name = 'framework') as framework
            from development_plan p left join development_plan v on v.id = p.previous_plan_id
            """ + " where " + where);
        List<PlanPageAccess> found = jdbc.query(sql, (rs, i) -> {
            PlanParty party = party(user, rs.getLong("plan_id"), rs.getLong("employee_id"), rs.wasNull(),
                rs.getString("direct_status"), rs.getObject("reviewer_id", Long.class), rs.getBoolean("in_line"),
                rs.getString("status"));
            return party == null ? null : new PlanPageAccess(party, new PlanStamp(rs.getLong("revision"),
                rs.getObject("previous_revision", Long.class), rs.getLong("plans"), rs.getLong("people"),
                rs.getLong("framework")));
        }, key, me(user), key);
        PlanPageAccess page = found.isEmpty() ? null : found.get(0);
        if (page == null) {
            return Optional.empty();
        }
        readable(List.of(page.party()));
        return Optional.of(page);
    }

    /** The user's part in an employee's plans in general (history, starting a plan). */
    public PlanParty checkEmployee(PathwiseUser user, long employeeId) {
        String sql = CHAIN.formatted("?", "");
        List<PlanParty> found = jdbc.query(sql, (rs, i) -> party(user, null, rs.getLong("employee_id"),
                rs.wasNull(), rs.getString("direct_status"), rs.getObject("reviewer_id", Long.class),
                rs.getBoolean("in_line"), null),
            employeeId, me(user));
        return readable(found);
    }

    /** Throws not found unless the user reviews the plan (approves, requests changes, gives feedback). */
    public PlanParty checkReviewer(PathwiseUser user, long planId) {
        PlanParty party = check(user, planId);
        if (!party.reviewer()) {
            throw new NotFoundException();
        }
        return party;
    }

    /** Throws not found unless the user owns the plan. */
    public PlanParty checkOwner(PathwiseUser user, long planId) {
        PlanParty party = check(user, planId);
        if (!party.owner()) {
            throw new NotFoundException();
        }
        return party;
    }

    private static long me(PathwiseUser user) {
        return user.employeeId() == null ? -1 : user.employeeId();
    }

    private static PlanParty readable(List<PlanParty> found) {
        if (found.isEmpty() || found.get(0) == null) {
            throw new NotFoundException();
        }
        PlanParty party = found.get(0);
        if (!party.owner() && !party.lineManager() && !party.hr()) {
            throw new NotFoundException();
        }
        return party;
    }

    private static PlanParty party(PathwiseUser user, Long planId, long employeeId, boolean missing,
                                   String directStatus, Long reviewerId, boolean inLine, String status) {
        if (missing) {
            return null;
        }
        boolean owner = user.isSelf(employeeId);
        boolean hr = user.has(Role.HR);
        boolean directManagerPresent = "ACTIVE".equals(directStatus);
        boolean isReviewer = !owner && user.employeeId() != null && user.employeeId().equals(reviewerId);
        boolean hrActs = !owner && hr && !directManagerPresent;
        boolean reviewer = isReviewer || hrActs;
        boolean actingFor = reviewer && !directManagerPresent;
        return new PlanParty(planId, employeeId, status, owner, reviewer, actingFor, inLine && !owner, hr,
            reviewerId);
    }
}
