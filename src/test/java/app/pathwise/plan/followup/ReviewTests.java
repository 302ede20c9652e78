package app.pathwise.plan.followup;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.CareerPathFixtures;
import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.careerpath.GapAnalysisQueries;
import app.pathwise.careerpath.GapLevel;
import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The yearly career review: when it opens, recording it once, its checks, suggested readiness, the next plan. */
@IntegrationTest
class ReviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    GapAnalysisQueries gaps;

    PlanFixtures plans;
    Team t;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void team() {
        plans = new PlanFixtures(jdbc, encoder);
        t = plans.team("Review");
    }

    @Test
    void theReviewOpensSixtyDaysBeforeThePlanEnds() throws Exception {
        long plan = plans.plan(t.employee(), "ACTIVE", today.minusMonths(3), today.plusDays(61), "MONTHLY",
            today.minusMonths(2), today.plusDays(5), null);
        Document page = html(get("/plans/" + plan + "/review"), t.reviewer());
        assertThat(page.select("#review-form")).isEmpty();
        assertThat(page.text()).contains("The career review can be recorded from "
            + new app.pathwise.shared.web.Formats().date(today.plusDays(1)));
        Document refused = html(review(plan, "ON_TRACK", "40", "50"), t.reviewer());
        assertThat(refused.select("#error-summary").text()).contains("only be recorded on an active or completed plan");
        assertThat(reviews(plan)).isZero();

        jdbc.update("update development_plan set ends_on = ? where id = ?", java.sql.Date.valueOf(today.plusDays(60)),
            plan);
        assertThat(html(get("/plans/" + plan + "/review"), t.reviewer()).select("#review-form")).hasSize(1);
        assertThat(html(get("/plans/" + plan + "/review"), t.owner()).text())
            .contains("The career review has not been recorded yet.");
    }

    @Test
    void theReviewerRecordsItOnceAndTheEmployeeStartsTheNextPlanFromIt() throws Exception {
        long plan = plans.activePlan(t.employee(), today.minusMonths(11), today.plusDays(5), null);
        mvc.perform(review(plan, "PROMOTED", "40", "65").param("adjustments", "Aim at the lead level")
                .with(user(t.reviewer())).with(csrf()))
            .andExpect(redirectedUrl("/plans/" + plan + "/review"));
        assertThat(jdbc.queryForMap("select outcome, readiness_before, readiness_after, adjustments, recorded_by"
            + " from career_review where plan_id = ?", plan)).containsEntry("outcome", "PROMOTED")
            .containsEntry("readiness_before", 40).containsEntry("readiness_after", 65)
            .containsEntry("adjustments", "Aim at the lead level").containsEntry("recorded_by", t.manager());

        Document own = html(get("/plans/" + plan + "/review"), t.owner());
        assertThat(own.selectFirst("#career-review").text()).contains("Promoted", "40%", "65%", "+25 points",
            "A good year", "Aim at the lead level", "Recorded by Review Manager");
        assertThat(own.select("#start-next-plan")).as("not while the plan is open").isEmpty();
        assertThat(own.select("#next-plan-after-end")).hasSize(1);
        assertThat(html(get("/plans/" + plan + "/review"), t.reviewer()).select("#start-next-plan")).isEmpty();

        mvc.perform(review(plan, "ON_TRACK", "40", "60").with(user(t.reviewer())).with(csrf()))
            .andExpect(status().isConflict());
        assertThat(reviews(plan)).isEqualTo(1);

        jdbc.update("update development_plan set status = 'COMPLETED', completed_at = now() where id = ?", plan);
        assertThat(html(get("/plans/" + plan + "/review"), t.owner()).selectFirst("#start-next-plan").attr("href"))
            .isEqualTo("/plans/new?from=" + plan);
        long next = plans.plan(t.employee(), "DRAFT", today, today.plusYears(1), null, null, null, null);
        jdbc.update("update development_plan set previous_plan_id = ? where id = ?", plan, next);
        Document after = html(get("/plans/" + plan + "/review"), t.owner());
        assertThat(after.select("#start-next-plan")).isEmpty();
        assertThat(after.select("a[href=/plans/" + next + "]").text()).isEqualTo("Open the next plan");
    }

    @Test
    void readinessOutsideZeroToHundredAndMissingAnswersAreRefusedWithTheInputKept() throws Exception {
        long plan = plans.activePlan(t.employee(), today.minusMonths(11), today.plusDays(5), null);
        Document page = html(post("/plans/" + plan + "/review").param("heldOn", today.plusDays(2).toString())
            .param("readinessBefore", "-1").param("readinessAfter", "101").param("summary", " ")
            .param("adjustments", "Keep the mentoring"), t.reviewer());
        assertThat(page.selectFirst("#readinessBefore-error").text()).isEqualTo("Enter 0 or more.");
        assertThat(page.selectFirst("#readinessAfter-error").text()).isEqualTo("Enter 100 or less.");
        assertThat(page.selectFirst("#summary-error").text()).isEqualTo("This field is required.");
        assertThat(page.select("fieldset .invalid-feedback").text()).isEqualTo("This field is required.");
        assertThat(page.selectFirst("#readinessAfter").val()).isEqualTo("101");
        assertThat(page.selectFirst("#adjustments").text()).isEqualTo("Keep the mentoring");

        Document future = html(review(plan, today.plusDays(1), "ON_TRACK", "10", "20"), t.reviewer());
        assertThat(future.selectFirst("#heldOn-error").text()).isEqualTo("Enter a date that is not in the future.");
        Document notANumber = html(review(plan, "ON_TRACK", "many", "20"), t.reviewer());
        assertThat(notANumber.selectFirst("#readinessBefore-error").text()).isEqualTo("Enter a whole number.");
        assertThat(reviews(plan)).isZero();
    }

    @Test
    void readinessIsSuggestedFromThePreviousReviewAndTodaysGapAnalysis() throws Exception {
        CareerPathFixtures paths = new CareerPathFixtures(jdbc);
        World w = paths.world();
        paths.giveJobTitle(t.employee(), w.titles()[1]);
        paths.rate(t.employee(), w.coding(), 3, "MANAGER", t.manager());
        long previous = plans.plan(t.employee(), "COMPLETED", today.minusYears(2), today.minusYears(1), "MONTHLY",
            today.minusYears(2).plusMonths(1), today.minusYears(1), null);
        plans.review(previous, t.manager(), 30, 55);
        long plan = plans.activePlan(t.employee(), today.minusMonths(11), today.plusDays(5), null);
        jdbc.update("update development_plan set previous_plan_id = ? where id = ?", previous, plan);
        jdbc.update("insert into career_goal (plan_id, horizon, target_level_id) values (?, 'SHORT', ?)", plan,
            w.levels()[3]);

        GapLevel target = gaps.analyse(user(t.manager(), Role.MANAGER), t.employee(), w.levels()[3]).levels().stream()
            .filter(l -> l.kind() == GapLevel.Kind.TARGET).findFirst().orElseThrow();
        Document page = html(get("/plans/" + plan + "/review"), t.reviewer());
        assertThat(page.selectFirst("#readinessBefore").val()).isEqualTo("55");
        assertThat(page.selectFirst("#readinessAfter").val()).isEqualTo(String.valueOf(target.readiness().percent()));
        assertThat(page.text()).contains("Suggested from the previous plan’s review: 55%.",
            "Suggested from today’s gap analysis: " + target.readiness().percent() + "% for "
                + target.level().title().en());
    }

    private MockHttpServletRequestBuilder review(long plan, String outcome, String before, String after) {
        return review(plan, today, outcome, before, after);
    }

    private MockHttpServletRequestBuilder review(long plan, LocalDate heldOn, String outcome, String before,
                                                 String after) {
        return post("/plans/" + plan + "/review").param("heldOn", heldOn.toString()).param("outcome", outcome)
            .param("readinessBefore", before).param("readinessAfter", after).param("summary", "A good year");
    }

    private long reviews(long plan) {
        return jdbc.queryForObject("select count(*) from career_review where plan_id = ?", Long.class, plan);
    }

    private Document html(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf())).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }
}
