package app.pathwise.plan.team;

import app.pathwise.people.SearchText;
import app.pathwise.plan.PlanStatus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The team view's one statement: the people of the scope (a recursive walk down the reporting line,
 * or HR's unmanaged people), each with their open (else latest) plan through a lateral join and the
 * plan's action counts aggregated in SQL; the summary over the whole scope; one sorted page of the
 * filtered people. The summary row always comes back, with the page's people joined to it.
 */
final class TeamSql {


    /**
     * Down the reviewer's line. Each person's reviewer is the nearest active manager above them
     * (the same rule as {@code PlanAccess}); the team scope descends only through managers who are
     * away, so it holds the direct reports and the people whose plans the reader decides for them.
     */
    private static final String LINE = """
        with recursive line(id, status, depth, reviewer_id, manager_active, full_name, job_title_id, manager_id,
                            named) as (
            select e.id, e.status, 1, case when me.status = 'ACTIVE' then me.id end, me.status = 'ACTIVE',
                   e.full_name, e.job_title_id, e.manager_id, %2$s
              from employee me join employee e on e.manager_id = me.id
             where me.id = :me
            union all
            select e.id, e.status, l.depth + 1, case when l.status = 'ACTIVE' then l.id else l.reviewer_id end,
                   l.status = 'ACTIVE', e.full_name, e.job_title_id, e.manager_id, %2$s
              from line l join employee e on e.manager_id = l.id
             where l.depth < 64 %1$s
        ),
        scope as (
            select id as employee_id, depth, reviewer_id, manager_active, full_name, job_title_id, manager_id, named
              from line where status <> 'INACTIVE'
        ),
        """;

    /** HR's scope: everyone still employed whose direct manager is missing, whose plans HR may decide. */
    private static final String UNMANAGED = """
        with scope as (
            select e.id as employee_id, 1 as depth, cast(null as bigint) as reviewer_id, false as manager_active,
                   e.full_name, e.job_title_id, e.manager_id, %2$s as named
              from employee e left join employee m on m.id = e.manager_id
             where e.status <> 'INACTIVE' and (m.id is null or m.status <> 'ACTIVE') and e.id <> :me
        ),
        """;

    private static final String ROWS = """
        rows as (
            select s.employee_id, s.depth, s.manager_active, s.full_name, s.named, s.manager_id,
                   s.job_title_id, p.id as plan_id, p.version as plan_version, p.status as plan_status,
                   p.title as plan_title, p.next_check_in_on, p.last_activity_at,
                   coalesce(a.total, 0) as actions, coalesce(a.done, 0) as done, coalesce(a.overdue, 0) as overdue,
                   (p.status = 'SUBMITTED' and (s.reviewer_id = :me or (:hr and not s.manager_active))) is true
                       as awaiting,
                   (p.status = 'ACTIVE' and p.next_check_in_on < :today) is true as missed
              from scope s
              left join lateral (
                  select p.id, p.version, p.status, p.title, p.next_check_in_on, p.last_activity_at
                    from development_plan p
                   where p.employee_id = s.employee_id
                   order by p.status in %1$s desc, p.created_at desc, p.id desc
                   limit 1) p on true
              left join lateral (
                  select count(*) filter (where x.status <> 'CANCELLED') as total,
                         count(*) filter (where x.status = 'DONE') as done,
                         count(*) filter (where x.status in ('PLANNED', 'IN_PROGRESS') and x.due_on < :today
                                            and p.status in %1$s) as overdue
                    from development_action x
                   where x.plan_id = p.id) a on true
        ),
        summary as (
            select count(*) as people,
                   count(*) filter (where r.plan_id is null) as without_plan,
                   count(*) filter (where r.awaiting) as awaiting,
                   count(*) filter (where r.missed) as missed,
                   count(*) filter (where r.overdue > 0) as people_overdue,
                   coalesce(sum(r.overdue), 0) as overdue_actions,
                   count(*) filter (where %2$s) as matching
              from rows r
        ),
        page as (
            select r.*, row_number() over (order by %3$s) as position
              from rows r
             where %2$s
             order by %3$s
             limit %4$d offset %5$d
        )
        select s.people, s.without_plan, s.awaiting as awaiting_count, s.missed as missed_count, s.people_overdue,
               s.overdue_actions, s.matching, pg.*, t.name as job_title, m.full_name as manager_name
          from summary s
          left join page pg on true
          left join job_title t on t.id = pg.job_title_id
          left join employee m on m.id = pg.manager_id
         order by pg.position
        """;

    private final String sql;
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    TeamSql(TeamFilter filter, long reader, boolean hr, LocalDate today, int page, int size) {
        String named = named(filter.query());
        String scope = switch (filter.scope()) {
            case TEAM -> LINE.formatted("and l.status <> 'ACTIVE'", named);
            case LINE -> LINE.formatted("", named);
            case UNMANAGED -> UNMANAGED.formatted("", named);
        };
        // the page's size and place are written into the statement: as parameters, the database
        // re-planned it on every request (a few milliseconds) instead of planning it once per connection
        this.sql = scope + ROWS.formatted(PlanStatus.OPEN_SQL, where(filter), order(filter), size, (long) page * size);
        parameters.addValue("me", reader)
            .addValue("hr", hr)
            .addValue("today", Date.valueOf(today));
    }

    /**
     * The stamp of a scope's plans (ADR 0016): how many plans its people have, the highest revision
     * among them, and the people generation (who is in the scope, names, managers). Every plan takes a
     * new revision, from one sequence, when it or its rows change, so any change to the scope's plans
     * changes the count or the highest revision.
     */
    static String stamp(TeamScope scope) {
        String people = switch (scope) {
            case TEAM -> LINE.formatted("and l.status <> 'ACTIVE'", "true");
            case LINE -> LINE.formatted("", "true");
            case UNMANAGED -> UNMANAGED.formatted("", "true");
        };
        // the scope's common table expressions, without the comma that leads to the view's; each person's
        // plans are read by their index (the planner, guessing thousands of people in the recursive
        // scope, would otherwise hash every plan)
        return people.substring(0, people.lastIndexOf(',')) + """

            select coalesce(sum(p.plans), 0) as plans, coalesce(max(p.revision), 0) as revision,
                   (select g.generation from content_generation g where g.name = 'people') as people
              from scope s
             cross join lateral (select count(*) as plans, max(x.revision) as revision from development_plan x
                                  where x.employee_id = s.employee_id) p
            """;
    }

    String sql() {
        return sql;
    }

    MapSqlParameterSource parameters() {
        return parameters;
    }

    private String where(TeamFilter filter) {
        List<String> conditions = new ArrayList<>();
        conditions.add("true");
        if (filter.state() == PlanState.NO_PLAN) {
            conditions.add("r.plan_id is null");
        } else if (filter.state() != null) {
            conditions.add("r.plan_status = :state");
            parameters.addValue("state", filter.state().name());
        }
        if (filter.overdue()) {
            conditions.add("r.overdue > 0");
        }
        if (filter.missed()) {
            conditions.add("r.missed");
        }
        if (filter.awaiting()) {
            conditions.add("r.awaiting");
        }
        if (!SearchText.normalise(filter.query()).isEmpty()) {
            conditions.add("r.named");
        }
        return String.join(" and ", conditions);
    }

    /** Every word of the query somewhere in the person's name, e-mail or number: a condition on {@code e}. */
    private String named(String query) {
        String text = SearchText.normalise(query);
        if (text.isEmpty()) {
            return "true";
        }
        List<String> words = new ArrayList<>();
        String[] parts = text.split(" ");
        for (int i = 0; i < parts.length && i < 5; i++) {
            words.add("e.search_text like :word" + i);
            parameters.addValue("word" + i, "%" + parts[i].replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%");
        }
        return "(" + String.join(" and ", words) + ")";
    }

    private static String order(TeamFilter filter) {
        String direction = filter.descending() ? " desc" : " asc";
        String key = switch (filter.sort()) {
            case NAME -> "r.full_name" + direction;
            case STATUS -> "case r.plan_status when 'SUBMITTED' then 0 when 'CHANGES_REQUESTED' then 1 "
                + "when 'DRAFT' then 2 when 'ACTIVE' then 3 when 'COMPLETED' then 4 when 'CLOSED' then 5 else 6 end"
                + direction;
            case PROGRESS -> "case when r.actions > 0 then r.done::numeric / r.actions end" + direction + " nulls last";
            case NEXT_CHECK_IN -> "case when r.plan_status = 'ACTIVE' then r.next_check_in_on end" + direction
                + " nulls last";
            case LAST_ACTIVITY -> "r.last_activity_at" + direction + " nulls last";
        };
        return key + ", r.full_name, r.employee_id";
    }
}
