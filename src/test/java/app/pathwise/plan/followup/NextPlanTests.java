package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.security.PathwiseUser;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The next plan starts from the ended plan's career review and is linked to it. */
@IntegrationTest
class NextPlanTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanFixtures plans;
    Team t;
    LocalDate today = LocalDate.now();
    long ended;

    @BeforeEach
    void endedPlanWithReview() throws Exception {
        plans = new PlanFixtures(jdbc, encoder);
        t = plans.team("Next plan");
        ended = plans.activePlan(t.employee(), today.minusMonths(11), today.plusDays(5), null);
        jdbc.update("update development_plan set strengths = 'Calm in incidents', development_areas = 'Presenting'"
            + " where id = ?", ended);
        jdbc.update("insert into career_goal (plan_id, horizon, target_text, why, position) values (?, 'LONG', ?, ?, 0)",
            ended, "Lead the platform team", "I like helping others grow");
        mvc.perform(post("/plans/" + ended + "/review").param("heldOn", today.toString()).param("outcome", "ON_TRACK")
                .param("readinessBefore", "45").param("readinessAfter", "70").param("summary", "A steady year")
                .param("adjustments", "Lead the payouts project").with(user(t.reviewer())).with(csrf()))
            .andExpect(status().is3xxRedirection());
        jdbc.update("update development_plan set status = 'COMPLETED', completed_at = now() where id = ?", ended);
    }

    @Test
    void theNewPlanPageCarriesTheReviewAndThePlanIsLinkedToTheOneItFollows() throws Exception {
        Document page = html(get("/plans/new").param("from", String.valueOf(ended)), t.owner());
        assertThat(page.selectFirst("#previous-plan").text()).contains("On track", "70%", "Lead the payouts project");
        assertThat(page.selectFirst("#from").val()).isEqualTo(String.valueOf(ended));
        assertThat(page.selectFirst("#target-form input[name=from]").val()).isEqualTo(String.valueOf(ended));
        assertThat(page.selectFirst("#strengths").text()).isEqualTo("Calm in incidents");
        assertThat(page.selectFirst("#longTargetText").val()).isEqualTo("Lead the platform team");

        mvc.perform(post("/plans").param("title", "Year two").param("startsOn", today.toString())
                .param("endsOn", today.plusYears(1).toString()).param("from", String.valueOf(ended))
                .with(user(t.owner())).with(csrf()))
            .andExpect(status().is3xxRedirection());
        long next = jdbc.queryForObject("select id from development_plan where employee_id = ? and status = 'DRAFT'",
            Long.class, t.employee());
        assertThat(jdbc.queryForObject("select previous_plan_id from development_plan where id = ?", Long.class, next))
            .isEqualTo(ended);
        assertThat(jdbc.queryForObject("select summary from audit_entry where entity_type = 'development_plan'"
            + " and entity_id = ? and action = 'development-plan.created'", String.class, next))
            .contains("follows=" + ended);
        Document review = html(get("/plans/" + ended + "/review"), t.owner());
        assertThat(review.select("#start-next-plan")).isEmpty();
        assertThat(review.select("a[href=/plans/" + next + "]")).hasSize(1);
        Element follows = html(get("/plans/" + next), t.owner()).getElementById("previous-plan-link");
        assertThat(follows.attr("href")).isEqualTo("/plans/" + ended);
        assertThat(follows.text()).isEqualTo(jdbc.queryForObject("select title from development_plan where id = ?",
            String.class, ended));
    }

    @Test
    void onlyTheEmployeesOwnEndedPlanNotYetFollowedCanBeContinued() throws Exception {
        long others = plans.activePlan(t.otherEmployee(), today.minusMonths(11), today.plusDays(5), null);
        jdbc.update("update development_plan set status = 'COMPLETED', completed_at = now() where id = ?", others);
        for (long from : new long[] {others, 999_999_999L}) {
            mvc.perform(get("/plans/new").param("from", String.valueOf(from)).with(user(t.owner())))
                .andExpect(status().isNotFound());
            mvc.perform(post("/plans").param("title", "Year two").param("startsOn", today.toString())
                    .param("endsOn", today.plusYears(1).toString()).param("from", String.valueOf(from))
                    .with(user(t.owner())).with(csrf()))
                .andExpect(status().isNotFound());
        }
        long followed = plans.plan(t.employee(), "COMPLETED", today.minusYears(2), today.minusYears(1), "MONTHLY",
            today.minusYears(2).plusMonths(1), today.minusYears(1), null);
        jdbc.update("update development_plan set previous_plan_id = ? where id = ?", followed, ended);
        mvc.perform(get("/plans/new").param("from", String.valueOf(followed)).with(user(t.owner())))
            .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from development_plan where employee_id = ?"
            + " and status = 'DRAFT'", Long.class, t.employee())).isZero();
    }

    private Document html(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf())).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }
}
