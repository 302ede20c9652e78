package app.pathwise.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the demo company development plans, in the organisation's transaction, with a few set-based
 * statements ({@link DemoPlanSql}): about every second person has a plan (some with an older completed
 * one), in every workflow status, with goals, gaps from their ratings, actions of every kind, check-ins,
 * reviews and the history of the workflow. The demo manager's direct reports and the demo employee get
 * plans written one by one ({@link DemoPlanScenarios}) so every page has something to show: a plan to
 * approve, one sent back, active plans with a monthly rhythm, a missed check-in, overdue and done actions;
 * the chief executive, who has no manager, a submitted plan that HR decides on.
 * <p>
 * A company of {@value #BENCHMARK_EMPLOYEES} employees or more is a benchmark company: everyone gets
 * three plans (two completed or closed and the current one; leavers' last plan is closed) with five
 * actions each, 150,000 plans and 750,000 actions for 50,000 employees. The tables' foreign keys and
 * secondary indexes are then rebuilt after the load rather than checked row by row.
 */
@Component
class DemoPlans {

    /** From this many employees on, everyone has three plans (the benchmark's data volume). */
    static final int BENCHMARK_EMPLOYEES = 10_000;
    private static final List<String> TABLES = List.of("development_plan", "plan_gap", "development_action",
        "plan_event", "career_goal", "check_in", "career_review");
    /** The tables the load inserts into whose rows raise their plan's revision. */
    private static final List<String> REVISED = TABLES.subList(1, TABLES.size());

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final DemoRows rows;

    DemoPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.rows = new DemoRows(jdbc);
    }

    /** What was written. */
    record Written(long plans, long openPlans, long actions, long checkIns, long events, boolean benchmark) {
    }

    Written write(int employees, LocalDate today, ZoneId zone) {
        boolean benchmark = employees >= BENCHMARK_EMPLOYEES;
        Long manager = accountEmployee(DemoAccounts.MANAGER);
        Long employee = accountEmployee(DemoAccounts.EMPLOYEE);
        Long chief = accountEmployee(DemoAccounts.EXECUTIVE);
        List<Long> team = manager == null ? List.of() : jdbc.queryForList(
            "select id from employee where manager_id = ? and status <> 'INACTIVE' order by id", Long.class, manager);
        List<Long> special = new ArrayList<>(team);
        special.add(-1L);
        if (employee != null && !special.contains(employee)) {
            special.add(employee);
        }
        if (chief != null && !special.contains(chief)) {
            special.add(chief);
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource()
            .addValue("today", today)
            .addValue("midnight", today.atStartOfDay(zone).toOffsetDateTime())
            .addValue("bench", benchmark)
            .addValue("special", special);
        long before = maxId("development_plan");

        jdbc.execute("set local work_mem = '64MB'");
        named.update(DemoPlanSql.SLOTS, parameters);
        jdbc.execute("analyze demo_plan");
        named.update(DemoPlanSql.LEVELS, parameters);
        Runnable load = () -> withoutRevisions(() -> {
            for (String statement : List.of(DemoPlanSql.PLANS, DemoPlanSql.GOALS, DemoPlanSql.GAPS,
                DemoPlanSql.GAP_ROWS, DemoPlanSql.ACTIONS, DemoPlanSql.EVENTS, DemoPlanSql.CHECK_INS,
                DemoPlanSql.REVIEWS)) {
                named.update(statement, parameters);
            }
        });
        if (benchmark) {
            withoutKeys(TABLES, load);
        } else {
            load.run();
        }
        for (String table : List.of("development_plan", "plan_gap", "development_action", "plan_event")) {
            rows.moveSequencePastRows(table);
        }

        DemoPlanScenarios scenarios = new DemoPlanScenarios(jdbc, today, zone);
        if (employee != null) {
            scenarios.demoEmployee(employee, team.contains(employee) ? manager : managerOf(employee));
        }
        List<Long> others = team.stream().filter(id -> !id.equals(employee)).toList();
        for (int i = 0; i < others.size(); i++) {
            scenarios.teamMember(others.get(i), manager, i);
        }
        if (chief != null && !team.contains(chief)) {
            scenarios.withoutManager(chief);
        }
        jdbc.execute("drop table if exists demo_plan, demo_level, demo_gap");
        // fresh statistics, so the first queries on the loaded tables are planned for their size
        jdbc.execute("analyze development_plan, plan_gap, development_action, plan_event, career_goal, check_in, "
            + "career_review, plan_comment");

        Map<String, Object> counts = jdbc.queryForMap("""
            select (select count(*) from development_plan where id > ?) as plans,
                   (select count(*) from development_plan where id > ?
                       and status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACTIVE')) as open_plans,
                   (select count(*) from development_action a where a.plan_id > ?) as actions,
                   (select count(*) from check_in c where c.plan_id > ?) as check_ins,
                   (select count(*) from plan_event e where e.plan_id > ?) as events
            """, before, before, before, before, before);
        return new Written(number(counts, "plans"), number(counts, "open_plans"), number(counts, "actions"),
            number(counts, "check_ins"), number(counts, "events"), benchmark);
    }

    /**
     * Runs the load without the triggers that raise the revision of the plans whose rows are inserted
     * (V45): the plans are new, so no page of theirs is kept, and each insert would otherwise rewrite
     * every plan it added rows to. Triggers deferred to the commit run first, as PostgreSQL alters no
     * table while such events are pending.
     */
    private void withoutRevisions(Runnable load) {
        jdbc.execute("set constraints all immediate");
        for (String table : REVISED) {
            jdbc.execute("alter table " + table + " disable trigger raise_plan_revision_on_insert_" + table);
        }
        load.run();
        for (String table : REVISED) {
            jdbc.execute("alter table " + table + " enable trigger raise_plan_revision_on_insert_" + table);
        }
    }

    /** Runs the load with the tables' foreign keys and secondary indexes rebuilt afterwards. */
    private void withoutKeys(List<String> tables, Runnable load) {
        if (tables.isEmpty()) {
            load.run();
            return;
        }
        rows.withoutForeignKeysAndIndexes(tables.get(0), () -> withoutKeys(tables.subList(1, tables.size()), load));
    }

    private Long accountEmployee(String account) {
        List<Long> ids = jdbc.queryForList("select employee_id from account where email = ? and employee_id is not null",
            Long.class, account + "@" + WorkEmails.DOMAIN);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private Long managerOf(long employee) {
        return jdbc.queryForObject("select manager_id from employee where id = ?", Long.class, employee);
    }

    private long maxId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 0 : max;
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    static OffsetDateTime at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 0).atZone(zone).toOffsetDateTime();
    }
}
