package app.pathwise.plan;

import app.pathwise.careerpath.GapAnalysisQueries;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.PageView;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads plans for their pages, in a fixed number of statements whatever their size. These methods
 * do not check access: callers ask {@link PlanAccess} first (as every plan page does).
 */
@Component
public class PlanQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final GapAnalysisQueries gapAnalysis;
    private final Clock clock;

    PlanQueries(NamedParameterJdbcTemplate jdbc, GapAnalysisQueries gapAnalysis, Clock clock) {
        this.jdbc = jdbc;
        this.gapAnalysis = gapAnalysis;
        this.clock = clock;
    }

    /** A whole plan for its page; five statements. Empty when there is no such plan. */
    public Optional<PlanView> plan(long planId) {
        Map<String, Object> params = Map.of("id", planId);
        List<PlanView> found = jdbc.query("""
            select p.*, e.full_name as employee_name, a.full_name as approver_name,
                   cl.title_en as level_title_en, cl.title_vi as level_title_vi, cl.title_zh as level_title_zh,
                   (select count(*) from development_plan o where o.employee_id = p.employee_id and o.id <> p.id)
                       as other_plans,
                   (select o.title from development_plan o where o.id = p.previous_plan_id) as previous_plan_title
              from development_plan p
              join employee e on e.id = p.employee_id
              left join employee a on a.id = p.approved_by
              left join career_level cl on cl.id = p.current_level_id
             where p.id = :id
            """, params, (rs, n) -> header(rs));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PlanView header = found.get(0);
        LocalDate today = LocalDate.now(clock);
        List<PlanView.Goal> goals = jdbc.query("""
            select g.*, cl.code as level_code, cl.title_en as level_title_en, cl.title_vi as level_title_vi,
                   cl.title_zh as level_title_zh, v.path_id, v.name_en as path_name_en, v.name_vi as path_name_vi,
                   v.name_zh as path_name_zh
              from career_goal g
              left join career_level cl on cl.id = g.target_level_id
              left join career_path_version v on v.id = cl.path_version_id
             where g.plan_id = :id
             order by case g.horizon when 'SHORT' then 0 else 1 end, g.position, g.id
            """, params, (rs, n) -> new PlanView.Goal(rs.getLong("id"), rs.getLong("version"),
                GoalHorizon.valueOf(rs.getString("horizon")), (Long) rs.getObject("target_level_id", Long.class),
                rs.getString("level_code"), LocalizedText.from(rs, "level_title"),
                rs.getObject("path_id", Long.class), LocalizedText.from(rs, "path_name"), rs.getString("target_text"),
                rs.getString("why"), GoalStatus.valueOf(rs.getString("status")), date(rs, "reached_on"),
                rs.getString("what_helped"), rs.getString("what_to_keep")));
        List<PlanView.Gap> gaps = jdbc.query("""
            select pg.*, c.name_en as competency_name_en, c.name_vi as competency_name_vi,
                   c.name_zh as competency_name_zh, cl.title_en as level_title_en, cl.title_vi as level_title_vi,
                   cl.title_zh as level_title_zh
              from plan_gap pg
              join competency c on c.id = pg.competency_id
              left join career_level cl on cl.id = pg.level_id
             where pg.plan_id = :id
             order by pg.required_level - coalesce(pg.current_level, 0) desc, c.name_en, pg.id
            """, params, (rs, n) -> new PlanView.Gap(rs.getLong("id"), rs.getLong("competency_id"),
                LocalizedText.from(rs, "competency_name"), LocalizedText.from(rs, "level_title"),
                rs.getInt("required_level"), rs.getObject("current_level", Integer.class), rs.getString("note")));
        Instant approvedAt = header.approvedAt();
        List<PlanView.Action> actions = jdbc.query("""
            select a.*, c.name_en as gap_name_en, c.name_vi as gap_name_vi, c.name_zh as gap_name_zh
              from development_action a
              left join plan_gap pg on pg.id = a.gap_id
              left join competency c on c.id = pg.competency_id
             where a.plan_id = :id
             order by a.due_on, a.id
            """, params, (rs, n) -> {
                ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
                LocalDate due = date(rs, "due_on");
                Instant created = instant(rs, "created_at");
                return new PlanView.Action(rs.getLong("id"), rs.getLong("version"),
                    ActionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                    rs.getObject("gap_id", Long.class), LocalizedText.from(rs, "gap_name"), due, status,
                    rs.getString("evidence_text"), rs.getString("evidence_url"), rs.getString("completion_note"),
                    date(rs, "completed_on"), status.open() && due.isBefore(today),
                    approvedAt != null && created.isAfter(approvedAt));
            });
        List<PlanView.Event> history = jdbc.query("""
            select ev.kind, ev.acting_for, ev.comment, ev.occurred_at, e.full_name as actor_name
              from plan_event ev
              left join employee e on e.id = ev.actor_id
             where ev.plan_id = :id
             order by ev.occurred_at desc, ev.id desc
            """, params, (rs, n) -> new PlanView.Event(PlanEventKind.valueOf(rs.getString("kind")),
                rs.getString("actor_name"), rs.getBoolean("acting_for"), rs.getString("comment"),
                instant(rs, "occurred_at")));
        return Optional.of(new PlanView(header.id(), header.version(), header.employeeId(), header.employeeName(),
            header.status(), header.title(), header.startsOn(), header.endsOn(), header.strengths(),
            header.developmentAreas(), header.currentLevelTitle(), header.rhythm(), header.createdAt(),
            header.submittedAt(), header.approvedAt(), header.approvedByName(), header.completedAt(),
            header.closedAt(), header.lastActivityAt(), header.otherPlans(), header.previousPlanId(),
            header.previousPlanTitle(), goals, gaps, actions, history));
    }

    /** The employee's one open plan (draft, submitted, changes requested or active), if any; one statement. */
    public Optional<PlanSummary> openPlanOf(long employeeId) {
        return jdbc.query("select " + SUMMARY_COLUMNS + " from development_plan p where p.employee_id = :employee"
                + " and p.status in " + PlanStatus.OPEN_SQL, Map.of("employee", employeeId),
            (rs, n) -> summary(rs)).stream().findFirst();
    }

    /**
     * The employee's own ended plan (completed or closed) that no plan follows yet, for a new plan to start
     * from, with its review and open long-term goal; empty for any other plan. One statement.
     */
    public Optional<PreviousPlan> previousPlanOf(long employeeId, long planId) {
        return jdbc.query("""
            select p.id, p.title, p.strengths, p.development_areas, r.outcome, r.readiness_after, r.adjustments,
                   g.target_level_id, g.target_text, g.why, g.id as goal_id
              from development_plan p
              left join career_review r on r.plan_id = p.id
              left join lateral (select c.id, c.target_level_id, c.target_text, c.why from career_goal c
                                  where c.plan_id = p.id and c.horizon = 'LONG' and c.status = 'OPEN'
                                  order by c.position, c.id limit 1) g on true
             where p.id = :plan and p.employee_id = :employee and p.status in ('COMPLETED', 'CLOSED')
               and not exists (select 1 from development_plan n where n.previous_plan_id = p.id)
            """, Map.of("plan", planId, "employee", employeeId), (rs, n) -> new PreviousPlan(rs.getLong("id"),
            rs.getString("title"), rs.getString("strengths"), rs.getString("development_areas"),
            rs.getString("outcome"), rs.getObject("readiness_after", Integer.class), rs.getString("adjustments"),
            rs.getObject("goal_id") == null ? null : new GoalDetails(GoalHorizon.LONG,
                rs.getObject("target_level_id", Long.class), rs.getString("target_text"), rs.getString("why"))))
            .stream().findFirst();
    }

    /**
     * The employee's plans, newest first, a page at a time, with their name; one statement. Empty when
     * there is no such employee.
     */
    public Optional<PlanHistory> plansOf(long employeeId, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource("employee", employeeId).addValue("limit", size)
            .addValue("offset", (long) page * size);
        List<String> name = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        List<PlanSummary> rows = new ArrayList<>();
        jdbc.query("""
            select e.full_name as employee_name, count(p.id) over () as total, %s
              from employee e
              left join development_plan p on p.employee_id = e.id
             where e.id = :employee
             order by p.created_at desc nulls last, p.id desc
             limit :limit offset :offset
            """.formatted(SUMMARY_COLUMNS), params, rs -> {
                name.add(rs.getString("employee_name"));
                total.add(rs.getLong("total"));
                if (rs.getObject("id") != null) {
                    rows.add(summary(rs));
                }
            });
        if (name.isEmpty()) {
            // past the last page, or no such employee: ask once more for the name only
            List<String> found = jdbc.queryForList("select full_name from employee where id = :employee",
                Map.of("employee", employeeId), String.class);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            name.add(found.get(0));
            total.add(0L);
        }
        return Optional.of(new PlanHistory(employeeId, name.get(0), new PageView<>(rows, page, size, total.get(0))));
    }

    /**
     * The gaps the employee may choose from: their gap analysis against the current level, the next
     * level and the given target level (a level of a published path; anything else is not found).
     * The user must be allowed to see the employee's gaps.
     */
    public GapOptions gapOptions(PathwiseUser user, long employeeId, Long targetLevelId) {
        return GapOptions.of(gapAnalysis.analyse(user, employeeId, targetLevelId));
    }

    private static final String SUMMARY_COLUMNS = """
        p.id, p.status, p.title, p.starts_on, p.ends_on, p.created_at, p.approved_at, p.completed_at,
               p.closed_at,
               (select count(*) from career_goal g where g.plan_id = p.id) as goal_count,
               (select count(*) from development_action a where a.plan_id = p.id and a.status <> 'CANCELLED')
                   as action_count,
               (select count(*) from development_action a where a.plan_id = p.id and a.status = 'DONE') as done_count
        """;

    private static PlanSummary summary(ResultSet rs) throws SQLException {
        return new PlanSummary(rs.getLong("id"), PlanStatus.valueOf(rs.getString("status")), rs.getString("title"),
            date(rs, "starts_on"), date(rs, "ends_on"), instant(rs, "created_at"), instant(rs, "approved_at"),
            instant(rs, "completed_at"), instant(rs, "closed_at"), rs.getInt("goal_count"), rs.getInt("action_count"),
            rs.getInt("done_count"));
    }

    private static PlanView header(ResultSet rs) throws SQLException {
        String frequency = rs.getString("rhythm_frequency");
        PlanView.Rhythm rhythm = frequency == null ? null : new PlanView.Rhythm(CheckInFrequency.valueOf(frequency),
            CheckInMode.valueOf(rs.getString("rhythm_mode")), date(rs, "first_check_in_on"),
            date(rs, "next_check_in_on"), rs.getString("report_frequency") == null ? null
                : ReportFrequency.valueOf(rs.getString("report_frequency")));
        return new PlanView(rs.getLong("id"), rs.getLong("version"), rs.getLong("employee_id"),
            rs.getString("employee_name"), PlanStatus.valueOf(rs.getString("status")), rs.getString("title"),
            date(rs, "starts_on"), date(rs, "ends_on"), rs.getString("strengths"), rs.getString("development_areas"),
            LocalizedText.from(rs, "level_title"), rhythm, instant(rs, "created_at"), instant(rs, "submitted_at"),
            instant(rs, "approved_at"), rs.getString("approver_name"), instant(rs, "completed_at"),
            instant(rs, "closed_at"), instant(rs, "last_activity_at"), rs.getInt("other_plans"),
            rs.getObject("previous_plan_id", Long.class), rs.getString("previous_plan_title"), List.of(), List.of(),
            List.of(), List.of());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
