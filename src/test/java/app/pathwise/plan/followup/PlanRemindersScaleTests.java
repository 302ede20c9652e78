package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.IntegrationTest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders at the benchmark's scale: 150,000 active plans and 750,000 actions, all rolled back
 * afterwards. Slow (about a minute), so only on demand:
 * {@code ./mvnw -o test -Dtest=PlanRemindersScaleTests -Dpathwise.reminders.scale=true}.
 * It logs the query plans of the candidate statements and the time of three runs (the first, the same
 * again, the next day). Measured on a 2-core machine: about 25 s for a daily run that sends about
 * 11,000 reminders and finds about 66,000 already sent.
 */
@IntegrationTest
@Transactional
@EnabledIfSystemProperty(named = "pathwise.reminders.scale", matches = "true")
class PlanRemindersScaleTests {

    private static final Logger LOG = LoggerFactory.getLogger(PlanRemindersScaleTests.class);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanReminders reminders;

    @Test
    void aRunOverOneHundredAndFiftyThousandPlansReadsOnlyWhatFallsDueAroundToday() {
        LocalDate day = LocalDate.of(2032, 6, 15);
        long started = System.nanoTime();
        jdbc.update("""
            insert into employee (employee_number, full_name, work_email, manager_id, hire_date, status, search_text)
            select 'SCALE-' || g, 'Scale Person ' || g, 'scale' || g || '@scale.example.com',
                   case when g > 100 then 1 + (g % 100) end, date '2020-01-01', 'ACTIVE', 'scale person ' || g
              from generate_series(1, 150000) g
            """);
        jdbc.update("""
            update employee e set manager_id = m.id
              from employee m
             where e.employee_number like 'SCALE-%' and m.employee_number = 'SCALE-' || (1 + (substr(e.employee_number, 7)::int % 100))
               and substr(e.employee_number, 7)::int > 100
            """);
        jdbc.update("""
            insert into development_plan (employee_id, status, title, starts_on, ends_on, rhythm_frequency, rhythm_mode,
                                          first_check_in_on, next_check_in_on, report_frequency, approved_at)
            select e.id, 'ACTIVE', 'Scale plan ' || e.id, ?::date - (e.id % 300)::int, ?::date - (e.id % 300)::int + 365,
                   'MONTHLY', 'MEETING', ?::date - (e.id % 300)::int + 30, ?::date + ((e.id % 90)::int - 45),
                   case e.id % 4 when 0 then null when 1 then 'QUARTERLY' else 'MONTHLY' end,
                   (?::date - (e.id % 300)::int)::timestamptz
              from employee e where e.employee_number like 'SCALE-%'
            """, Date.valueOf(day), Date.valueOf(day), Date.valueOf(day), Date.valueOf(day), Date.valueOf(day));
        jdbc.update("""
            insert into development_action (plan_id, kind, title, due_on, status, completed_on)
            select p.id, 'COURSE', 'Action ' || a, ?::date + (((p.id * 7 + a * 13) % 360)::int - 180),
                   case when a <= 3 then 'PLANNED' when a = 4 then 'IN_PROGRESS' else 'DONE' end,
                   case when a = 5 then ?::date - 200 end
              from development_plan p cross join generate_series(1, 5) a
             where p.title like 'Scale plan %'
            """, Date.valueOf(day), Date.valueOf(day));
        jdbc.execute("analyze employee");
        jdbc.execute("analyze development_plan");
        jdbc.execute("analyze development_action");
        LOG.info("Seeded 150,000 plans and 750,000 actions in {} ms", (System.nanoTime() - started) / 1_000_000);

        for (String sql : List.of(PlanReminders.CHECK_INS, PlanReminders.ACTIONS, PlanReminders.REPORTS)) {
            LOG.info("Candidates, first batch:\n{}", String.join("\n", explain(sql, day)));
        }
        started = System.nanoTime();
        ReminderRun run = reminders.remind(day);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Reminder run over 150,000 plans: {} in {} ms", run, millis);
        started = System.nanoTime();
        ReminderRun again = reminders.remind(day);
        LOG.info("The same run again: {} in {} ms", again, (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        ReminderRun next = reminders.remind(day.plusDays(1));
        LOG.info("The next day: {} in {} ms", next, (System.nanoTime() - started) / 1_000_000);
        assertThat(run.checkInsDue()).isPositive();
        assertThat(run.actionsOverdue()).isPositive();
        assertThat(run.reportsDue()).isPositive();
    }

    private List<String> explain(String sql, LocalDate day) {
        MapSqlParameterSource params = new MapSqlParameterSource()
            .addValue("today", Date.valueOf(day)).addValue("from", Date.valueOf(day.minusDays(7)))
            .addValue("to", Date.valueOf(day.plusDays(3))).addValue("batch", 500)
            .addValue("zone", ZoneId.systemDefault().getId())
            .addValue("afterDate", Date.valueOf(LocalDate.of(1, 1, 1))).addValue("afterId", 0L);
        return new NamedParameterJdbcTemplate(jdbc).queryForList("explain (analyze, buffers) " + sql, params, String.class);
    }
}
