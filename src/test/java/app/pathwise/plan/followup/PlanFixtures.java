package app.pathwise.plan.followup;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Plans and their follow-up straight in SQL (the plan workflow's types are not on this branch), and a
 * small organisation around one employee: their direct manager (the reviewer), the manager above
 * (indirect), a manager of another team with a report, an HR person and an executive.
 */
final class PlanFixtures {

    private final JdbcTemplate jdbc;
    private final Fixtures people;

    PlanFixtures(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.people = new Fixtures(jdbc, encoder);
    }

    Fixtures people() {
        return people;
    }

    /** The organisation of one test: ids of the people and the users they sign in as. */
    record Team(long head, long manager, long employee, long otherManager, long otherEmployee, long hrPerson,
                long executivePerson) {

        PathwiseUser owner() {
            return Fixtures.user(employee);
        }

        PathwiseUser reviewer() {
            return Fixtures.user(manager, Role.MANAGER);
        }

        PathwiseUser indirectManager() {
            return Fixtures.user(head, Role.MANAGER);
        }

        PathwiseUser otherTeamManager() {
            return Fixtures.user(otherManager, Role.MANAGER);
        }

        PathwiseUser anotherEmployee() {
            return Fixtures.user(otherEmployee);
        }

        PathwiseUser hr() {
            return Fixtures.user(hrPerson, Role.HR);
        }

        PathwiseUser executive() {
            return Fixtures.user(executivePerson, Role.EXECUTIVE);
        }
    }

    Team team(String name) {
        long department = people.department("Follow-up " + name);
        long head = people.employee(name + " Head", null, department);
        long manager = people.employee(name + " Manager", head, department);
        long employee = people.employee(name + " Employee", manager, department);
        long otherManager = people.employee(name + " Other Manager", null, department);
        long otherEmployee = people.employee(name + " Other Employee", otherManager, department);
        long hr = people.employee(name + " HR", null, department);
        long executive = people.employee(name + " Executive", null, department);
        return new Team(head, manager, employee, otherManager, otherEmployee, hr, executive);
    }

    /**
     * An active plan of a year from {@code startsOn}, approved on its start, monthly check-ins (the first
     * a month after the start, the next as given) in meetings, and reports as given (null: none).
     */
    long activePlan(long employeeId, LocalDate startsOn, LocalDate nextCheckInOn, String reportFrequency) {
        return plan(employeeId, "ACTIVE", startsOn, startsOn.plusYears(1).minusDays(1), "MONTHLY",
            startsOn.plusMonths(1), nextCheckInOn, reportFrequency);
    }

    long plan(long employeeId, String status, LocalDate startsOn, LocalDate endsOn, String rhythm,
              LocalDate firstCheckInOn, LocalDate nextCheckInOn, String reportFrequency) {
        boolean approved = !"DRAFT".equals(status) && !"SUBMITTED".equals(status);
        return jdbc.queryForObject("""
            insert into development_plan (employee_id, status, title, starts_on, ends_on, rhythm_frequency, rhythm_mode,
                                          first_check_in_on, next_check_in_on, report_frequency, approved_at,
                                          completed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """, Long.class, employeeId, status, Fixtures.unique("Grow into the next level"), Date.valueOf(startsOn),
            Date.valueOf(endsOn), approved ? rhythm : null, approved ? "MEETING" : null,
            approved ? Date.valueOf(firstCheckInOn) : null, approved ? Date.valueOf(nextCheckInOn) : null,
            reportFrequency, approved ? startOfDay(startsOn) : null,
            "COMPLETED".equals(status) ? startOfDay(endsOn) : null);
    }

    String title(long planId) {
        return jdbc.queryForObject("select title from development_plan where id = ?", String.class, planId);
    }

    long action(long planId, String title, LocalDate dueOn, String status) {
        return jdbc.queryForObject("""
            insert into development_action (plan_id, kind, title, due_on, status, completed_on)
            values (?, 'COURSE', ?, ?, ?, ?) returning id
            """, Long.class, planId, title, Date.valueOf(dueOn), status,
            "DONE".equals(status) ? Date.valueOf(dueOn) : null);
    }

    long checkIn(long planId, LocalDate heldOn, LocalDate dueOn, long recordedBy, String summary) {
        return jdbc.queryForObject("""
            insert into check_in (plan_id, due_on, held_on, mode, progress_summary, recorded_by)
            values (?, ?, ?, 'MEETING', ?, ?) returning id
            """, Long.class, planId, dueOn == null ? null : Date.valueOf(dueOn), Date.valueOf(heldOn), summary,
            recordedBy);
    }

    long comment(long planId, Long checkInId, long authorId, String body, int minutesAgo) {
        return jdbc.queryForObject("""
            insert into plan_comment (plan_id, check_in_id, author_id, body, created_at)
            values (?, ?, ?, ?, now() - make_interval(mins => ?)) returning id
            """, Long.class, planId, checkInId, authorId, body, minutesAgo);
    }

    long report(long planId, LocalDate periodStart, LocalDate periodEnd, String progress) {
        return jdbc.queryForObject("""
            insert into progress_report (plan_id, period_start, period_end, progress, submitted_at)
            values (?, ?, ?, ?, now()) returning id
            """, Long.class, planId, Date.valueOf(periodStart), Date.valueOf(periodEnd), progress);
    }

    long review(long planId, long recordedBy, int readinessBefore, int readinessAfter) {
        return jdbc.queryForObject("""
            insert into career_review (plan_id, held_on, outcome, readiness_before, readiness_after, summary,
                                       recorded_by)
            values (?, current_date, 'ON_TRACK', ?, ?, 'A good year', ?) returning id
            """, Long.class, planId, readinessBefore, readinessAfter, recordedBy);
    }

    /** Leaves the organisation's record of the employee as given (ACTIVE, ON_LEAVE, INACTIVE). */
    void employmentStatus(long employeeId, String status) {
        jdbc.update("update employee set status = ?, end_date = case when ? = 'INACTIVE' then current_date end"
            + " where id = ?", status, status, employeeId);
    }

    private static Timestamp startOfDay(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
