package app.pathwise.plan.followup;

import app.pathwise.objective.ObjectiveQueries;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads check-ins for the pages, each page in a fixed number of statements. */
@Component
public class CheckInQueries {

    public static final int PAGE_SIZE = 10;

    private static final String COLUMNS = """
        c.id, c.version, c.due_on, c.held_on, c.mode, c.progress_summary, c.obstacles, c.support_needed,
        c.next_steps, c.manager_feedback, c.recorded_by, e.full_name as recorded_by_name, c.created_at,
        c.updated_at, (select count(*) from plan_comment m where m.plan_id = c.plan_id and m.check_in_id = c.id)
            as comment_count,
        (select count(*) from key_result_update u where u.check_in_id = c.id) as key_result_updates
        from check_in c join employee e on e.id = c.recorded_by""";

    private final PlanAccess access;
    private final PlanFactsReader plans;
    private final CommentQueries comments;
    private final ObjectiveQueries objectives;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CheckInQueries(PlanAccess access, PlanFactsReader plans, CommentQueries comments, ObjectiveQueries objectives,
                   JdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.comments = comments;
        this.objectives = objectives;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the plan's check-ins, newest first, for anyone who may read the plan. Four statements. */
    public CheckInsPage page(PathwiseUser user, long planId, int page) {
        PlanParty party = access.check(user, planId);
        PlanFacts plan = plans.find(planId);
        long total = jdbc.queryForObject("select count(*) from check_in where plan_id = ?", Long.class, planId);
        List<CheckInView> rows = jdbc.query("select " + COLUMNS
            + " where c.plan_id = ? order by c.held_on desc, c.id desc limit ? offset ?",
            (rs, i) -> map(rs), planId, PAGE_SIZE, (long) page * PAGE_SIZE);
        return new CheckInsPage(party, plan, new PageView<>(rows, page, PAGE_SIZE, total), LocalDate.now(clock));
    }

    /**
     * One check-in of the plan with the key-result values recorded in it and the comments about it; a
     * check-in of another plan is not found.
     */
    public CheckInPage checkIn(PathwiseUser user, long planId, long checkInId) {
        PlanParty party = access.check(user, planId);
        PlanFacts plan = plans.find(planId);
        CheckInView checkIn = jdbc.query("select " + COLUMNS + " where c.id = ? and c.plan_id = ?",
            (rs, i) -> map(rs), checkInId, planId).stream().findFirst().orElseThrow(NotFoundException::new);
        return new CheckInPage(party, plan, checkIn, objectives.updatesOfCheckIn(checkInId),
            comments.aboutCheckIn(planId, checkInId));
    }

    /**
     * What the form for a new check-in needs, with the employee's active personal objectives of today;
     * only the employee and the reviewer get it.
     */
    public NewCheckInPage newCheckIn(PathwiseUser user, long planId) {
        PlanParty party = CheckInService.mayRecord(user, access.check(user, planId));
        PlanFacts plan = plans.find(planId);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = plan.dueCheckIn();
        LocalDate next = plan.active() && due != null ? CheckInSchedule.next(plan.rhythm(), due, today) : null;
        return new NewCheckInPage(party, plan, due, next, activeObjectives(plan.employeeId(), today));
    }

    /** The employee's personal objectives of today that are still active: their key results may be updated. */
    List<ObjectiveView> activeObjectives(long employeeId, LocalDate today) {
        return objectives.forEmployee(employeeId, today).stream().filter(ObjectiveView::active).toList();
    }

    private static CheckInView map(ResultSet rs) throws SQLException {
        return new CheckInView(rs.getLong("id"), rs.getLong("version"), rs.getObject("due_on", LocalDate.class),
            rs.getObject("held_on", LocalDate.class), CheckInMode.valueOf(rs.getString("mode")),
            rs.getString("progress_summary"), rs.getString("obstacles"), rs.getString("support_needed"),
            rs.getString("next_steps"), rs.getString("manager_feedback"), rs.getLong("recorded_by"),
            rs.getString("recorded_by_name"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(), rs.getLong("comment_count"), rs.getLong("key_result_updates"));
    }
}
