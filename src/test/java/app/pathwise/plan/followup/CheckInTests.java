package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.security.PathwiseUser;
import app.pathwise.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Recording check-ins on the rhythm, the manager's feedback with its conflicts, the list and its validation. */
@IntegrationTest
class CheckInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanFixtures plans;
    Team t;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void team() {
        plans = new PlanFixtures(jdbc, encoder);
        t = plans.team("Check-in");
    }

    @Test
    void aCheckInAnswersTheDueOneAndTheNextIsCountedFromTheDueDate() throws Exception {
        LocalDate due = today.minusDays(10);
        long plan = plans.activePlan(t.employee(), today.minusMonths(3), due, null);
        Map<String, Object> before = planRow(plan);

        mvc.perform(checkIn(plan, t.owner()).param("obstacles", "Little time").param("nextSteps", "Pair on reviews"))
            .andExpect(redirectedUrl("/plans/" + plan + "/check-ins"))
            .andExpect(flash().attributeExists("flashSuccess"));

        Map<String, Object> stored = jdbc.queryForMap("select * from check_in where plan_id = ?", plan);
        assertThat(stored.get("due_on")).hasToString(due.toString());
        assertThat(stored.get("held_on")).hasToString(today.toString());
        assertThat(stored).containsEntry("progress_summary", "Finished the course").containsEntry("obstacles",
            "Little time").containsEntry("support_needed", null).containsEntry("recorded_by", t.employee());
        Map<String, Object> after = planRow(plan);
        assertThat(after.get("next_check_in_on")).hasToString(due.plusMonths(1).toString());
        assertThat((Long) after.get("version")).isEqualTo((Long) before.get("version") + 1);
        assertThat((Timestamp) after.get("last_activity_at")).isAfter((Timestamp) before.get("last_activity_at"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'development_plan'"
            + " and entity_id = ? and action = 'plan.check-in-recorded'", Long.class, plan)).isEqualTo(1);

        Document list = html(get("/plans/" + plan + "/check-ins"), t.reviewer());
        assertThat(list.select("article.pw-check-in")).hasSize(1);
        assertThat(list.selectFirst("article.pw-check-in").text()).contains("Finished the course", "Little time",
            "Pair on reviews", "10 days late", "No feedback from the manager yet.", "Add feedback");
        assertThat(list.text()).contains("Next check-in:");
    }

    @Test
    void dueDatesMissedAltogetherAreSkippedSoTheNextIsAfterTheCheckIn() throws Exception {
        LocalDate due = today.minusDays(75);
        long plan = plans.plan(t.employee(), "ACTIVE", today.minusMonths(6), today.plusMonths(6), "BIWEEKLY",
            due, due, null);
        mvc.perform(checkIn(plan, t.reviewer())).andExpect(status().is3xxRedirection());
        LocalDate next = due;
        while (!next.isAfter(today)) {
            next = CheckInFrequency.BIWEEKLY.after(next);
        }
        assertThat(planRow(plan).get("next_check_in_on")).hasToString(next.toString());
        assertThat(jdbc.queryForObject("select due_on from check_in where plan_id = ?", LocalDate.class, plan))
            .isEqualTo(due);
    }

    @Test
    void onlyTheReviewersFeedbackIsKept() throws Exception {
        long plan = plans.activePlan(t.employee(), today.minusMonths(2), today.plusDays(3), null);
        mvc.perform(checkIn(plan, t.owner()).param("managerFeedback", "I am my own manager"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(checkIn(plan, t.reviewer()).param("managerFeedback", "Keep the pace"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select manager_feedback from check_in where plan_id = ? order by id",
            String.class, plan)).containsExactly(null, "Keep the pace");
        assertThat(html(get("/plans/" + plan + "/check-ins/new"), t.owner()).select("#managerFeedback")).isEmpty();
        assertThat(html(get("/plans/" + plan + "/check-ins/new"), t.reviewer()).select("#managerFeedback"))
            .hasSize(1);
    }

    @Test
    void aCheckInInTheFutureOrWithoutSummaryIsRefusedWithTheInputKept() throws Exception {
        long plan = plans.activePlan(t.employee(), today.minusMonths(2), today.plusDays(3), null);
        Map<String, Object> before = planRow(plan);
        Document future = html(post("/plans/" + plan + "/check-ins/new").param("heldOn", today.plusDays(1).toString())
            .param("mode", "WRITTEN").param("progressSummary", "Wrote the design doc")
            .param("obstacles", "Meetings"), t.owner());
        assertThat(future.select("#error-summary").text()).contains("Enter a date that is not in the future.");
        assertThat(future.selectFirst("#heldOn").hasClass("is-invalid")).isTrue();
        assertThat(future.selectFirst("#heldOn").val()).isEqualTo(today.plusDays(1).toString());
        assertThat(future.selectFirst("#progressSummary").text()).isEqualTo("Wrote the design doc");
        assertThat(future.selectFirst("#obstacles").text()).isEqualTo("Meetings");
        assertThat(future.selectFirst("input[name=mode][value=WRITTEN]").hasAttr("checked")).isTrue();

        mvc.perform(post("/plans/" + plan + "/check-ins/new").param("heldOn", today.toString()).param("mode", "MEETING")
                .param("progressSummary", "   ").param("nextSteps", "Plan the next sprint").with(user(t.owner()))
                .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "progressSummary", "NotBlank"));
        Document early = html(post("/plans/" + plan + "/check-ins/new").param("heldOn", "2020-01-01")
            .param("mode", "MEETING").param("progressSummary", "Old news"), t.reviewer());
        assertThat(early.selectFirst("#heldOn-error").text()).startsWith("Enter a date on or after the plan’s start");
        assertThat(jdbc.queryForObject("select count(*) from check_in where plan_id = ?", Long.class, plan)).isZero();
        assertThat(planRow(plan)).isEqualTo(before);
    }

    @Test
    void aPlanThatIsNotActiveTakesNoCheckIn() throws Exception {
        long plan = plans.plan(t.employee(), "DRAFT", today, today.plusYears(1), "MONTHLY", today, today, null);
        mvc.perform(get("/plans/" + plan + "/check-ins/new").with(user(t.owner())))
            .andExpect(redirectedUrl("/plans/" + plan + "/check-ins"))
            .andExpect(flash().attributeExists("flashError"));
        mvc.perform(checkIn(plan, t.owner())).andExpect(redirectedUrl("/plans/" + plan + "/check-ins"));
        assertThat(jdbc.queryForObject("select count(*) from check_in where plan_id = ?", Long.class, plan)).isZero();
        Document list = html(get("/plans/" + plan + "/check-ins"), t.owner());
        assertThat(list.select("#record-check-in")).isEmpty();
        assertThat(list.text()).contains("Check-ins are recorded while the plan is active.");
    }

    @Test
    void feedbackSavedFromAStaleFormIsAConflictAndKeepsTheOtherFeedback() throws Exception {
        long plan = plans.activePlan(t.employee(), today.minusMonths(2), today.plusDays(3), null);
        long checkIn = plans.checkIn(plan, today.minusDays(3), today.minusDays(3), t.employee(), "Progress");
        Document form = html(get("/plans/" + plan + "/check-ins/" + checkIn), t.reviewer());
        String version = form.selectFirst("#feedback-form input[name=version]").val();
        assertThat(version).isEqualTo("0");

        mvc.perform(post("/plans/" + plan + "/check-ins/" + checkIn).param("version", version)
                .param("managerFeedback", "First words").with(user(t.reviewer())).with(csrf()))
            .andExpect(redirectedUrl("/plans/" + plan + "/check-ins/" + checkIn));
        String conflict = mvc.perform(post("/plans/" + plan + "/check-ins/" + checkIn).param("version", version)
                .param("managerFeedback", "Second words").with(user(t.reviewer())).with(csrf()))
            .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(conflict).text()).contains("Someone else changed this in the meantime");
        assertThat(jdbc.queryForMap("select manager_feedback, version from check_in where id = ?", checkIn))
            .containsEntry("manager_feedback", "First words").containsEntry("version", 1L);

        Document fresh = html(get("/plans/" + plan + "/check-ins/" + checkIn), t.reviewer());
        assertThat(fresh.selectFirst("#feedback-form input[name=version]").val()).isEqualTo("1");
        assertThat(fresh.selectFirst("#managerFeedback").text()).isEqualTo("First words");
        mvc.perform(post("/plans/" + plan + "/check-ins/" + checkIn).param("version", "1")
                .param("managerFeedback", "").with(user(t.reviewer())).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("feedbackForm", "managerFeedback", "NotBlank"));
    }

    @Test
    void theListShowsTenCheckInsPerPageNewestFirst() throws Exception {
        long plan = plans.activePlan(t.employee(), today.minusYears(1).plusDays(20), today.plusDays(3), null);
        for (int i = 1; i <= 12; i++) {
            plans.checkIn(plan, today.minusDays(30L * i), today.minusDays(30L * i), t.manager(), "Check-in number " + i);
        }
        Document first = html(get("/plans/" + plan + "/check-ins"), t.owner());
        List<String> summaries = first.select("article.pw-check-in dd:first-of-type").eachText();
        assertThat(summaries).hasSize(10).first().isEqualTo("Check-in number 1");
        assertThat(summaries.get(9)).isEqualTo("Check-in number 10");
        assertThat(first.text()).contains("1–10 of 12");
        Document second = html(get("/plans/" + plan + "/check-ins").param("page", "1"), t.owner());
        assertThat(second.select("article.pw-check-in dd:first-of-type").eachText())
            .containsExactly("Check-in number 11", "Check-in number 12");
    }

    private MockHttpServletRequestBuilder checkIn(long plan, PathwiseUser as) {
        return post("/plans/" + plan + "/check-ins/new").param("heldOn", today.toString()).param("mode", "MEETING")
            .param("progressSummary", "Finished the course").with(user(as)).with(csrf());
    }

    private Map<String, Object> planRow(long plan) {
        return jdbc.queryForMap("select next_check_in_on, version, last_activity_at from development_plan where id = ?",
            plan);
    }

    private Document html(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf())).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }
}
