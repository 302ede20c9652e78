package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.notification.Notifier;
import app.pathwise.plan.ReportFrequency;
import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders, run as of fixed days (years ahead, so no other test's plan is due then): who
 * gets which reminder, and that a second run sends nothing again.
 */
@IntegrationTest
class PlanRemindersTests {

    @Autowired
    PlanReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    Notifier notifier;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PasswordEncoder encoder;

    PlanFixtures plans;
    Team t;

    @BeforeEach
    void team() {
        plans = new PlanFixtures(jdbc, encoder);
        t = plans.team("Reminder");
    }

    @Test
    void aCheckInDueInAFewDaysReachesTheEmployeeAndTheReviewerOnce() {
        LocalDate day = LocalDate.of(2031, 3, 10);
        long plan = plans.activePlan(t.employee(), day.minusMonths(2), day.plusDays(3), null);
        long later = plans.activePlan(t.otherEmployee(), day.minusMonths(2), day.plusDays(4), null);

        ReminderRun first = reminders.remind(day);
        assertThat(first.checkInsDue()).isGreaterThanOrEqualTo(2);
        assertThat(notices(t.employee())).containsExactly("plan.check-in-due /plans/" + plan + "/check-ins "
            + "plan-checkin-due:" + plan + ":2031-03-13:" + t.employee());
        assertThat(notices(t.manager())).containsExactly("plan.check-in-due /plans/" + plan + "/check-ins "
            + "plan-checkin-due:" + plan + ":2031-03-13:" + t.manager());
        assertThat(notices(t.head())).isEmpty();
        assertThat(jdbc.queryForObject("select arguments::text from notification where recipient_id = ?", String.class,
            t.manager())).contains("Reminder Employee", plans.title(plan), "2031-03-13");
        assertThat(notices(t.otherEmployee())).as("four days ahead is not yet").isEmpty();

        assertThat(reminders.remind(day).total()).isZero();
        reminders.remind(day.plusDays(1));
        assertThat(notices(t.employee())).hasSize(1);
        assertThat(notices(t.otherEmployee())).hasSize(1).allMatch(n -> n.contains(":" + later + ":2031-03-14:"));
        assertThat(notices(t.otherManager())).hasSize(1);
    }

    @Test
    void anOverdueCheckInReachesBothOnceAndTheReviewerIsFoundUpTheLine() {
        LocalDate day = LocalDate.of(2031, 5, 20);
        long plan = plans.activePlan(t.employee(), day.minusMonths(4), day.minusDays(1), null);
        plans.employmentStatus(t.manager(), "ON_LEAVE");

        reminders.remind(day);
        reminders.remind(day.plusDays(1));
        assertThat(notices(t.employee())).containsExactly("plan.check-in-overdue /plans/" + plan + "/check-ins "
            + "plan-checkin-overdue:" + plan + ":2031-05-19:" + t.employee());
        assertThat(notices(t.manager())).as("on leave").isEmpty();
        assertThat(notices(t.head())).hasSize(1).allMatch(n -> n.startsWith("plan.check-in-overdue "));

        plans.employmentStatus(t.head(), "INACTIVE");
        jdbc.update("update development_plan set next_check_in_on = ? where id = ?",
            java.sql.Date.valueOf(day.plusDays(9)), plan);
        reminders.remind(day.plusDays(8));
        assertThat(notices(t.employee())).hasSize(2);
        assertThat(notices(t.head())).as("nobody active above: only the employee").hasSize(1);
    }

    @Test
    void anOverdueActionReachesTheEmployeeOnlyAndOnlyOnActivePlans() {
        LocalDate day = LocalDate.of(2031, 7, 15);
        long plan = plans.activePlan(t.employee(), day.minusMonths(2), day.plusDays(20), null);
        long late = plans.action(plan, "Read the book", day.minusDays(1), "PLANNED");
        long later = plans.action(plan, "Shadow the lead", day.minusDays(3), "IN_PROGRESS");
        plans.action(plan, "Done", day.minusDays(1), "DONE");
        plans.action(plan, "Dropped", day.minusDays(1), "CANCELLED");
        plans.action(plan, "Not yet", day, "PLANNED");
        long draft = plans.plan(t.otherEmployee(), "DRAFT", day.minusMonths(1), day.plusMonths(11), null, null, null,
            null);
        plans.action(draft, "A draft's action", day.minusDays(1), "PLANNED");

        reminders.remind(day);
        reminders.remind(day);
        assertThat(notices(t.employee())).containsExactlyInAnyOrder(
            "plan.action-overdue /plans/" + plan + " plan-action-overdue:" + late + ":2031-07-14:" + t.employee(),
            "plan.action-overdue /plans/" + plan + " plan-action-overdue:" + later + ":2031-07-12:" + t.employee());
        assertThat(notices(t.manager())).isEmpty();
        assertThat(notices(t.otherEmployee())).isEmpty();

        long moved = plans.action(plan, "Moved", day.minusDays(2), "PLANNED");
        plans.employmentStatus(t.employee(), "INACTIVE");
        reminders.remind(day);
        assertThat(notices(t.employee())).as("left the company").hasSize(2)
            .noneMatch(n -> n.contains(":" + moved + ":"));
    }

    @Test
    void aReportDueReachesTheEmployeeForThePeriodTheJavaSideComputesToo() {
        LocalDate start = LocalDate.of(2031, 1, 31);
        long plan = plans.activePlan(t.employee(), start, start.plusMonths(1), "MONTHLY");
        long reported = plans.activePlan(t.otherEmployee(), start, start.plusMonths(1), "MONTHLY");
        ReportPeriod second = ReportPeriods.all(start, start.plusYears(1).minusDays(1), ReportFrequency.MONTHLY).get(1);
        assertThat(second).isEqualTo(new ReportPeriod(2, LocalDate.of(2031, 2, 28), LocalDate.of(2031, 3, 30)));
        plans.report(reported, second.start(), second.end(), "Done early");

        reminders.remind(LocalDate.of(2031, 3, 28));
        reminders.remind(LocalDate.of(2031, 3, 29));
        assertThat(notices(t.employee())).containsExactly("plan.report-due /plans/" + plan + "/reports "
            + "plan-report-due:" + plan + ":2031-02-28:" + t.employee());
        assertThat(jdbc.queryForObject("select arguments::text from notification where recipient_id = ?", String.class,
            t.employee())).contains("2031-02-28", "2031-03-30");
        assertThat(notices(t.otherEmployee())).isEmpty();
        assertThat(notices(t.manager())).isEmpty();
    }

    @Test
    void candidatesAreWalkedInBatches() {
        LocalDate day = LocalDate.of(2031, 9, 1);
        long[] people = new long[5];
        for (int i = 0; i < people.length; i++) {
            people[i] = plans.people().employee("Batch Employee " + i, t.manager());
            plans.activePlan(people[i], day.minusMonths(1), day.plusDays(i % 2), null);
        }
        PlanReminders small = new PlanReminders(named, notifier, transactions, new ReminderSettings(3, 7, 2),
            Clock.systemDefaultZone());
        ReminderRun run = small.remind(day);
        assertThat(run.checkInsDue()).isGreaterThanOrEqualTo(10);
        for (long person : people) {
            assertThat(notices(person)).hasSize(1);
        }
        assertThat(notices(t.manager())).hasSize(5);
        assertThat(small.remind(day).total()).isZero();
    }

    /** Kind, link and deduplication key of every notice to the person, oldest first. */
    private List<String> notices(long employee) {
        return jdbc.queryForList("select kind || ' ' || link || ' ' || dedup_key from notification"
            + " where recipient_id = ? and kind like 'plan.%' and kind <> 'plan.commented' order by id", String.class,
            employee);
    }
}
