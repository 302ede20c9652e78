package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.plan.ReportFrequency;
import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.security.PathwiseUser;
import app.pathwise.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Progress reports per period of the plan: which are due or missing, writing one, and what is refused. */
@IntegrationTest
class ReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanFixtures plans;
    Team t;
    LocalDate today = LocalDate.now();
    LocalDate start = today.minusMonths(3).minusDays(10);
    long plan;
    List<ReportPeriod> periods;

    @BeforeEach
    void plan() {
        plans = new PlanFixtures(jdbc, encoder);
        t = plans.team("Report");
        plan = plans.activePlan(t.employee(), start, today.plusDays(10), "MONTHLY");
        periods = ReportPeriods.all(start, start.plusYears(1).minusDays(1), ReportFrequency.MONTHLY);
    }

    @Test
    void thePeriodsSoFarAreListedNewestFirstAsReportedDueOrMissing() throws Exception {
        plans.report(plan, periods.get(0).start(), periods.get(0).end(), "Started the mentoring");
        Document page = html(get("/plans/" + plan + "/reports"), t.reviewer());
        assertThat(page.select("article.pw-report h2").eachText()).hasSize(4).first().asString().startsWith("Period 4:");
        assertThat(page.select("article.pw-report .badge").eachText()).containsExactly("Due", "Missing", "Missing",
            "Reported");
        assertThat(page.text()).contains("2 reports missing", "Started the mentoring",
            "A report is due at the end of every month of the plan.");
        assertThat(page.select("#report-form")).as("only the employee writes").isEmpty();

        Document own = html(get("/plans/" + plan + "/reports"), t.owner());
        assertThat(own.select("#periodStart option").eachAttr("value")).containsExactly(
            periods.get(3).start().toString(), periods.get(2).start().toString(), periods.get(1).start().toString());
        Document chosen = html(get("/plans/" + plan + "/reports").param("period", periods.get(1).start().toString()),
            t.owner());
        assertThat(chosen.selectFirst("#periodStart option[selected]").val()).isEqualTo(periods.get(1).start().toString());
    }

    @Test
    void theEmployeeReportsOncePerPeriod() throws Exception {
        mvc.perform(report(periods.get(1).start(), "Led two design reviews").param("learningApplied",
                "Used the feedback model from the course").with(user(t.owner())).with(csrf()))
            .andExpect(redirectedUrl("/plans/" + plan + "/reports"));
        assertThat(jdbc.queryForMap("select period_end, progress, learning_applied from progress_report"
            + " where plan_id = ?", plan)).containsEntry("progress", "Led two design reviews")
            .containsEntry("learning_applied", "Used the feedback model from the course")
            .hasEntrySatisfying("period_end", end -> assertThat(end).hasToString(periods.get(1).end().toString()));

        Document again = html(report(periods.get(1).start(), "Second try"), t.owner());
        assertThat(again.selectFirst("#periodStart-error").text()).isEqualTo("This period already has a report.");
        assertThat(again.selectFirst("#progress").text()).isEqualTo("Second try");
        assertThat(jdbc.queryForObject("select count(*) from progress_report where plan_id = ?", Long.class, plan))
            .isEqualTo(1);
    }

    @Test
    void aDayThatStartsNoPeriodOrAPeriodNotStartedIsRefused() throws Exception {
        for (LocalDate wrong : List.of(periods.get(1).start().plusDays(1), periods.get(5).start(),
            start.minusMonths(1))) {
            Document page = html(report(wrong, "Progress"), t.owner());
            assertThat(page.selectFirst("#periodStart-error").text())
                .isEqualTo("Choose a period of this plan that has started.");
        }
        Document empty = html(report(periods.get(2).start(), " "), t.owner());
        assertThat(empty.selectFirst("#progress-error").text()).isEqualTo("This field is required.");
        Document noPeriod = html(post("/plans/" + plan + "/reports").param("progress", "Something"), t.owner());
        assertThat(noPeriod.selectFirst("#periodStart").hasClass("is-invalid")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from progress_report where plan_id = ?", Long.class, plan))
            .isZero();
    }

    @Test
    void periodsThatEndedBeforeThePlanWasApprovedAreNotExpected() throws Exception {
        jdbc.update("update development_plan set approved_at = ? where id = ?",
            Timestamp.from(periods.get(2).start().atStartOfDay(ZoneId.systemDefault()).toInstant()), plan);
        Document page = html(get("/plans/" + plan + "/reports"), t.owner());
        assertThat(page.select("article.pw-report h2").eachText()).hasSize(2);
        assertThat(page.select("article.pw-report .badge").eachText()).containsExactly("Due", "Missing");
    }

    @Test
    void quarterlyReportsAndPlansWithoutReports() throws Exception {
        jdbc.update("update development_plan set report_frequency = 'QUARTERLY' where id = ?", plan);
        Document quarterly = html(get("/plans/" + plan + "/reports"), t.owner());
        assertThat(quarterly.select("article.pw-report .badge").eachText()).containsExactly("Due", "Missing");
        assertThat(quarterly.text()).contains("A report is due at the end of every quarter of the plan.");
        jdbc.update("update development_plan set report_frequency = null where id = ?", plan);
        Document none = html(get("/plans/" + plan + "/reports"), t.owner());
        assertThat(none.text()).contains("No progress reports were agreed for this plan.");
        assertThat(none.select("#report-form")).isEmpty();
    }

    private MockHttpServletRequestBuilder report(LocalDate periodStart, String progress) {
        return post("/plans/" + plan + "/reports").param("periodStart", periodStart.toString())
            .param("progress", progress);
    }

    private Document html(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf())).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }
}
