package app.pathwise.plan.team;

import app.pathwise.support.Fixtures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** People and plans for the team view's tests, written straight into the tables. */
final class TeamFixtures {

    final Fixtures people;
    private final JdbcTemplate jdbc;
    final LocalDate today = LocalDate.now();

    TeamFixtures(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.people = new Fixtures(jdbc, encoder);
    }

    long person(String name, Long manager) {
        return people.employee(name + " " + Fixtures.unique("t"), manager);
    }

    void status(long employee, String status) {
        jdbc.update("update employee set status = ? where id = ?", status, employee);
    }

    /** A plan in the given status, a year long from a month ago; active ones check in monthly. */
    long plan(long employee, String status) {
        boolean rhythm = status.equals("ACTIVE") || status.equals("COMPLETED");
        LocalDate starts = today.minusMonths(1);
        return jdbc.queryForObject("""
            insert into development_plan (employee_id, status, title, starts_on, ends_on, rhythm_frequency,
                rhythm_mode, first_check_in_on, next_check_in_on, report_frequency, submitted_at, created_at,
                last_activity_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """, Long.class, employee, status, "Plan " + status, Date.valueOf(starts), Date.valueOf(starts.plusYears(1)),
            rhythm ? "MONTHLY" : null, rhythm ? "MEETING" : null, rhythm ? Date.valueOf(starts.plusDays(14)) : null,
            status.equals("ACTIVE") ? Date.valueOf(today.plusDays(10)) : null, rhythm ? "MONTHLY" : null,
            status.equals("DRAFT") ? null : Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)),
            Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)), Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)));
    }

    /**
     * An active plan behind schedule: of its five actions two are done, one is past its due date, one
     * is due later and one is cancelled; its check-in was due two days ago.
     */
    long planBehindSchedule(long employee) {
        long plan = plan(employee, "ACTIVE");
        action(plan, "DONE", today.minusDays(20));
        action(plan, "DONE", today.minusDays(10));
        action(plan, "PLANNED", today.minusDays(3));
        action(plan, "IN_PROGRESS", today.plusDays(30));
        action(plan, "CANCELLED", today.minusDays(5));
        nextCheckIn(plan, today.minusDays(2));
        return plan;
    }

    void nextCheckIn(long plan, LocalDate day) {
        jdbc.update("update development_plan set next_check_in_on = ? where id = ?", Date.valueOf(day), plan);
    }

    void endsOn(long plan, LocalDate day) {
        jdbc.update("update development_plan set ends_on = ? where id = ?", Date.valueOf(day), plan);
    }

    void lastActivity(long plan, int daysAgo) {
        jdbc.update("update development_plan set last_activity_at = ? where id = ?",
            Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS)), plan);
    }

    long action(long plan, String status, LocalDate due) {
        return jdbc.queryForObject("""
            insert into development_action (plan_id, kind, title, due_on, status, completed_on)
            values (?, 'COURSE', 'A course', ?, ?, ?) returning id
            """, Long.class, plan, Date.valueOf(due), status, status.equals("DONE") ? Date.valueOf(due) : null);
    }

    String status(long plan) {
        return jdbc.queryForObject("select status from development_plan where id = ?", String.class, plan);
    }

    long version(long plan) {
        return jdbc.queryForObject("select version from development_plan where id = ?", Long.class, plan);
    }
}
