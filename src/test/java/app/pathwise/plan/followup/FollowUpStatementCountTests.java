package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.sql.StatementCounter;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The follow-up pages and the plan page's summary run a fixed number of SQL statements, whether a
 * plan has one check-in, report and comment or dozens of each.
 */
@IntegrationTest
class FollowUpStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FollowUpQueries followUps;

    @Autowired
    PlanAccess access;

    Team small;
    Team large;
    long smallPlan;
    long largePlan;
    long smallCheckIn;
    long largeCheckIn;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void plans() {
        PlanFixtures plans = new PlanFixtures(jdbc, encoder);
        small = plans.team("Small Count");
        large = plans.team("Large Count");
        LocalDate start = today.minusMonths(11).minusDays(3);
        smallPlan = plans.activePlan(small.employee(), start, today.plusDays(4), "MONTHLY");
        largePlan = plans.activePlan(large.employee(), start, today.minusDays(4), "MONTHLY");
        smallCheckIn = plans.checkIn(smallPlan, today.minusDays(20), today.minusDays(20), small.manager(), "One");
        plans.comment(smallPlan, smallCheckIn, small.employee(), "Only comment", 5);
        plans.report(smallPlan, start, start.plusMonths(1).minusDays(1), "First");
        plans.action(smallPlan, "One action", today.minusDays(1), "PLANNED");
        for (int i = 0; i < 30; i++) {
            long checkIn = plans.checkIn(largePlan, today.minusDays(10L * i + 5), today.minusDays(10L * i + 5),
                i % 2 == 0 ? large.manager() : large.employee(), "Check-in " + i);
            plans.comment(largePlan, checkIn, large.employee(), "About " + i, i);
            plans.comment(largePlan, checkIn, large.head(), "Also about " + i, i);
            plans.action(largePlan, "Action " + i, today.minusDays(i - 10), i % 3 == 0 ? "DONE" : "PLANNED");
            largeCheckIn = checkIn;
        }
        for (ReportPeriod period : ReportPeriods.all(start, start.plusYears(1).minusDays(1),
            app.pathwise.plan.ReportFrequency.MONTHLY).subList(0, 10)) {
            plans.report(largePlan, period.start(), period.end(), "Report " + period.number());
        }
    }

    @Test
    void theCheckInPagesHaveFixedCosts() throws Exception {
        long list = count("/plans/" + smallPlan + "/check-ins", small.owner());
        assertThat(list).isEqualTo(4)
            .isEqualTo(count("/plans/" + largePlan + "/check-ins", large.owner()))
            .isEqualTo(count("/plans/" + largePlan + "/check-ins?page=2", large.reviewer()))
            .isEqualTo(count("/plans/" + largePlan + "/check-ins", large.hr()));
        assertThat(count("/plans/" + smallPlan + "/check-ins/" + smallCheckIn, small.reviewer())).isEqualTo(5)
            .isEqualTo(count("/plans/" + largePlan + "/check-ins/" + largeCheckIn, large.reviewer()));
        assertThat(count("/plans/" + smallPlan + "/check-ins/new", small.owner())).isEqualTo(4)
            .isEqualTo(count("/plans/" + largePlan + "/check-ins/new", large.reviewer()));
    }

    @Test
    void theCommentsReportsAndReviewPagesHaveFixedCosts() throws Exception {
        assertThat(count("/plans/" + smallPlan + "/comments", small.owner())).isEqualTo(4)
            .isEqualTo(count("/plans/" + largePlan + "/comments", large.indirectManager()));
        assertThat(count("/plans/" + smallPlan + "/reports", small.owner())).isEqualTo(3)
            .isEqualTo(count("/plans/" + largePlan + "/reports", large.owner()))
            .isEqualTo(count("/plans/" + largePlan + "/reports", large.hr()));
        assertThat(count("/plans/" + smallPlan + "/review", small.owner())).isEqualTo(3)
            .isEqualTo(count("/plans/" + largePlan + "/review", large.hr()));
        assertThat(count("/plans/" + smallPlan + "/review", small.reviewer()))
            .isEqualTo(count("/plans/" + largePlan + "/review", large.reviewer()));
    }

    @Test
    void theSummaryTakesTwoStatements() {
        PlanParty smallParty = access.check(small.owner(), smallPlan);
        PlanParty largeParty = access.check(large.reviewer(), largePlan);
        StatementCounter.reset();
        FollowUp few = followUps.summary(smallParty);
        assertThat(StatementCounter.current()).isEqualTo(2);
        StatementCounter.reset();
        FollowUp many = followUps.summary(largeParty);
        assertThat(StatementCounter.current()).isEqualTo(2);
        assertThat(few.latestComments()).hasSize(1);
        assertThat(many.latestComments()).hasSize(3);
        assertThat(many.overdueActions()).isEqualTo(13);
        assertThat(many.missedCheckIn()).isTrue();
        assertThat(many.missingReports()).isEqualTo(1);
    }

    private long count(String path, PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(path).with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }
}
