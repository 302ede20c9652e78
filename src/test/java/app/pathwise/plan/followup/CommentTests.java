package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.security.PathwiseUser;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
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

/** Two-way comments: who hears of them, where they are shown and where the writer returns. */
@IntegrationTest
class CommentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanFixtures plans;
    Team t;
    long plan;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void plan() {
        plans = new PlanFixtures(jdbc, encoder);
        t = plans.team("Comment");
        plan = plans.activePlan(t.employee(), today.minusMonths(2), today.plusDays(10), null);
    }

    @Test
    void eachCommentReachesTheOtherSideNotTheWriter() throws Exception {
        comment(t.owner(), "Could we talk about the course budget?").andExpect(
            redirectedUrl("/plans/" + plan + "/comments"));
        assertThat(noticesTo(t.manager())).containsExactly("/plans/" + plan + "/comments");
        assertThat(noticesTo(t.employee())).isEmpty();
        String arguments = jdbc.queryForObject("select arguments::text from notification where recipient_id = ?",
            String.class, t.manager());
        assertThat(arguments).contains("Comment Employee", plans.title(plan));

        comment(t.reviewer(), "Yes, on Thursday").andExpect(status().is3xxRedirection());
        assertThat(noticesTo(t.employee())).hasSize(1);
        comment(t.indirectManager(), "Happy to sponsor it").andExpect(status().is3xxRedirection());
        assertThat(noticesTo(t.employee())).hasSize(2);
        assertThat(noticesTo(t.manager())).hasSize(2);
        assertThat(noticesTo(t.head())).isEmpty();

        Document page = html(get("/plans/" + plan + "/comments"), t.hr());
        assertThat(page.select(".pw-comments li p").eachText()).containsExactly("Happy to sponsor it",
            "Yes, on Thursday", "Could we talk about the course budget?");
        assertThat(page.select("textarea[name=body]")).as("HR reads only").isEmpty();
    }

    @Test
    void aCommentAboutACheckInIsShownThereAndTheWriterReturnsThere() throws Exception {
        long checkIn = plans.checkIn(plan, today.minusDays(2), today.minusDays(2), t.manager(), "Monthly talk");
        mvc.perform(post("/plans/" + plan + "/comments").param("body", "Thanks for the notes")
                .param("checkInId", String.valueOf(checkIn)).with(user(t.owner())).with(csrf()))
            .andExpect(redirectedUrl("/plans/" + plan + "/check-ins/" + checkIn + "#comments"));
        assertThat(noticesTo(t.manager())).containsExactly("/plans/" + plan + "/check-ins/" + checkIn);
        Document page = html(get("/plans/" + plan + "/check-ins/" + checkIn), t.reviewer());
        assertThat(page.select("#comments .pw-comments li p").eachText()).containsExactly("Thanks for the notes");
        assertThat(html(get("/plans/" + plan + "/check-ins"), t.owner()).text()).contains("1 comment");
        assertThat(html(get("/plans/" + plan + "/comments"), t.owner()).select(".pw-comments a").eachText())
            .containsExactly("about the check-in of " + new app.pathwise.shared.web.Formats().date(today.minusDays(2)));
    }

    @Test
    void fromThePlanPageTheWriterReturnsToThePlan() throws Exception {
        mvc.perform(post("/plans/" + plan + "/comments").param("body", "Agreed").param("from", "plan")
                .with(user(t.reviewer())).with(csrf()))
            .andExpect(redirectedUrl("/plans/" + plan + "#follow-up"));
    }

    @Test
    void anEmptyCommentIsRefusedWhereItWasWritten() throws Exception {
        mvc.perform(post("/plans/" + plan + "/comments").param("body", "  ").with(user(t.owner())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("commentForm", "body", "NotBlank"));
        long checkIn = plans.checkIn(plan, today, today, t.manager(), "Talk");
        Document page = html(post("/plans/" + plan + "/comments").param("body", "")
            .param("checkInId", String.valueOf(checkIn)), t.owner());
        assertThat(page.selectFirst("h1").text()).startsWith("Check-in of");
        assertThat(page.selectFirst("#body").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("input[name=checkInId]").val()).isEqualTo(String.valueOf(checkIn));
        assertThat(jdbc.queryForObject("select count(*) from plan_comment where plan_id = ?", Long.class, plan))
            .isZero();
    }

    private org.springframework.test.web.servlet.ResultActions comment(PathwiseUser as, String body) throws Exception {
        return mvc.perform(post("/plans/" + plan + "/comments").param("body", body).with(user(as)).with(csrf()));
    }

    private List<String> noticesTo(long employee) {
        return jdbc.queryForList("select link from notification where recipient_id = ? and kind = 'plan.commented'"
            + " order by id", String.class, employee);
    }

    private Document html(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf())).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }
}
