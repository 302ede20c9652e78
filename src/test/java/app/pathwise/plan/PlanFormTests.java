package app.pathwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.support.IntegrationTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan forms: problems next to their fields in the user's language with what they typed kept,
 * nothing half-saved, and a stale form answered with the conflict page that shows back what was
 * written.
 */
@IntegrationTest
class PlanFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlanService plans;

    @Autowired
    DataSource dataSource;

    PlanFixtures f;

    @BeforeEach
    void organisation() {
        f = new PlanFixtures(jdbc, encoder, plans);
    }

    @Test
    void theStartPageOffersTheGapsAgainstTheNextAndTargetLevelsAndSuggestsGoals() throws Exception {
        Document page = html(f.employeeUser(), get("/plans/new").param("target", "" + f.world.managementLevels()[1]));
        assertThat(page.select("#gapIds input[type=checkbox]")).extracting(e -> e.attr("value"))
            .contains("" + f.world.coding(), "" + f.world.design(), "" + f.world.mentoring(),
                "" + f.world.stakeholders());
        assertThat(page.select("#gapIds").text()).contains("Senior Engineer " + f.world.tag(), "Next level",
            "Engineering Manager " + f.world.tag(), "Target level");
        assertThat(page.selectFirst("#shortTargetLevelId option[selected]").attr("value"))
            .isEqualTo("" + f.world.levels()[2]);
        assertThat(page.selectFirst("#longTargetLevelId option[selected]").attr("value"))
            .isEqualTo("" + f.world.managementLevels()[1]);
        assertThat(page.select("#shortTargetLevelId option").text()).doesNotContain("Secret Draft Level");
        assertThat(page.selectFirst("#title").val()).startsWith("Development plan ");
    }

    @Test
    void startingAPlanWithProblemsShowsThemInTheUsersLanguageAndKeepsTheInput() throws Exception {
        int before = jdbc.queryForObject("select count(*) from development_plan where employee_id = ?",
            Integer.class, f.employee);
        Document page = html(f.employeeUser(), post("/plans").param("lang", "vi").param("title", " ")
            .param("startsOn", "2026-12-01").param("endsOn", "2026-11-01").param("strengths", "Viết rõ ràng")
            .param("gapIds", "" + f.world.coding()).param("shortWhy", "Muốn dẫn dắt nhóm")
            .param("longTargetLevelId", "" + f.world.draftLevel()));
        assertThat(page.select("#title-error").text()).isEqualTo("Trường này là bắt buộc.");
        assertThat(page.select("#endsOn-error").text()).isEqualTo("Ngày kết thúc phải sau ngày bắt đầu.");
        assertThat(page.select("#shortTargetLevelId-error").text())
            .isEqualTo("Hãy chọn cấp mục tiêu hoặc mô tả mục tiêu bằng lời của bạn.");
        assertThat(page.select("#longTargetLevelId-error").text())
            .isEqualTo("Hãy chọn một cấp bậc của lộ trình sự nghiệp đã công bố.");
        assertThat(page.select("#error-summary li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.selectFirst("#strengths").text()).isEqualTo("Viết rõ ràng");
        assertThat(page.selectFirst("#shortWhy").text()).isEqualTo("Muốn dẫn dắt nhóm");
        assertThat(page.selectFirst("#gap-" + f.world.coding()).hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("#gap-" + f.world.design()).hasAttr("checked")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from development_plan where employee_id = ?",
            Integer.class, f.employee)).isEqualTo(before);
    }

    @Test
    void aPlanStartedFromTheFormHasTheTickedGapsAndTheGoals() throws Exception {
        String location = mvc.perform(post("/plans").with(user(f.employeeUser())).with(csrf())
                .param("title", "My plan").param("startsOn", PlanFixtures.TODAY.toString())
                .param("endsOn", PlanFixtures.TODAY.plusYears(1).toString())
                .param("gapIds", "" + f.world.coding(), "" + f.world.mentoring())
                .param("shortTargetLevelId", "" + f.world.levels()[2]).param("shortWhy", "Next step")
                .param("longTargetText", "Lead a platform team"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long planId = Long.parseLong(location.substring("/plans/".length()));
        Document page = html(f.employeeUser(), get(location));
        assertThat(page.select("#gaps li")).hasSize(2);
        assertThat(page.select("#goals").text()).contains("Senior Engineer " + f.world.tag(), "Next step",
            "Lead a platform team");
        assertThat(page.select("#status-banner").text()).contains("draft");
        assertThat(jdbc.queryForObject("select count(*) from career_goal where plan_id = ?", Integer.class, planId))
            .isEqualTo(2);
    }

    @Test
    void anActionNeedsATitleAKindAndADueDateWithinThePeriod() throws Exception {
        long planId = f.draft();
        Document page = html(f.employeeUser(), post("/plans/" + planId + "/actions").param("lang", "zh-CN")
            .param("title", "").param("description", "读两本书").param("dueOn", "2040-01-01"));
        assertThat(page.select("#kind-error").text()).isEqualTo("此字段为必填项。");
        assertThat(page.select("#title-error").text()).isEqualTo("此字段为必填项。");
        assertThat(page.selectFirst("#description").text()).isEqualTo("读两本书");
        page = html(f.employeeUser(), post("/plans/" + planId + "/actions").param("kind", "SELF_STUDY")
            .param("title", "Two books").param("dueOn", "2040-01-01"));
        assertThat(page.select("#dueOn-error").text()).isEqualTo("Choose a due date within the plan's period.");
        assertThat(page.selectFirst("#title").val()).isEqualTo("Two books");
        assertThat(jdbc.queryForObject("select count(*) from development_action where plan_id = ?", Integer.class,
            planId)).isEqualTo(1);
    }

    @Test
    void evidenceLinksMustBeWebAddressesAndDoneNeedsEvidence() throws Exception {
        long planId = f.active();
        long action = f.actionId(planId);
        String url = "/plans/" + planId + "/actions/" + action + "/progress";
        Document page = html(f.employeeUser(), post(url).param("version", "" + f.actionVersion(action))
            .param("status", "DONE").param("evidenceUrl", "javascript:alert(1)").param("completionNote", "Learned a lot"));
        assertThat(page.select("#evidenceUrl-error").text()).isEqualTo("Enter a link starting with http:// or https://.");
        assertThat(page.selectFirst("#completionNote").text()).isEqualTo("Learned a lot");
        page = html(f.employeeUser(), post(url).param("version", "" + f.actionVersion(action)).param("status", "DONE"));
        assertThat(page.select("#evidenceText-error").text()).contains("Add some evidence");
        assertThat(f.jdbc.queryForObject("select status from development_action where id = ?", String.class, action))
            .isEqualTo("PLANNED");
        mvc.perform(post(url).with(user(f.employeeUser())).with(csrf()).param("version", "" + f.actionVersion(action))
                .param("status", "DONE").param("evidenceUrl", "https://learn.example.com/cert/7"))
            .andExpect(status().is3xxRedirection());
        Document plan = html(f.employeeUser(), get("/plans/" + planId));
        assertThat(plan.selectFirst("#action-" + action + " a[href^=https]").attr("href"))
            .isEqualTo("https://learn.example.com/cert/7");
        assertThat(plan.select("#progress").text()).contains("100%");
    }

    @Test
    void requestingChangesNeedsACommentAndApprovalAFirstCheckInNotInThePast() throws Exception {
        long planId = f.submitted();
        Document page = html(f.managerUser(), post("/plans/" + planId + "/request-changes")
            .param("version", "" + f.version(planId)).param("comment", " "));
        assertThat(page.select("#changes-form .invalid-feedback").text()).isEqualTo("This field is required.");
        page = html(f.managerUser(), post("/plans/" + planId + "/approve").param("version", "" + f.version(planId))
            .param("frequency", "QUARTERLY").param("mode", "WRITTEN")
            .param("firstCheckInOn", PlanFixtures.TODAY.minusDays(3).toString()).param("reportFrequency", "QUARTERLY")
            .param("comment", "Nice"));
        assertThat(page.select("#firstCheckInOn-error").text()).isEqualTo("The first check-in cannot be in the past.");
        assertThat(page.selectFirst("#frequency option[selected]").val()).isEqualTo("QUARTERLY");
        assertThat(page.selectFirst("#approve-comment").text()).isEqualTo("Nice");
        assertThat(f.status(planId)).isEqualTo("SUBMITTED");
    }

    @Test
    void theApproveFormSuggestsAMonthlyMeetingTwoWeeksAhead() throws Exception {
        long planId = f.submitted();
        Document page = html(f.managerUser(), get("/plans/" + planId));
        assertThat(page.selectFirst("#firstCheckInOn").val()).isEqualTo(PlanFixtures.TODAY.plusWeeks(2).toString());
        assertThat(page.selectFirst("#frequency option[selected]").val()).isEqualTo("MONTHLY");
        assertThat(page.selectFirst("#mode option[selected]").val()).isEqualTo("MEETING");
    }

    @Test
    void twoSavesWithTheSameVersionMakeTheSecondAConflictThatKeepsWhatWasWritten() throws Exception {
        long planId = f.draft();
        long action = f.actionId(planId);
        long version = f.actionVersion(action);
        String due = PlanFixtures.TODAY.plusMonths(2).toString();
        mvc.perform(save(action, planId, version, "First save", due)).andExpect(status().is3xxRedirection());
        String body = mvc.perform(save(action, planId, version, "Second save, with my long description", due)
                .param("description", "Three chapters a week"))
            .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(body);
        assertThat(page.select("#written").text()).contains("Second save, with my long description",
            "Three chapters a week");
        assertThat(page.selectFirst("a.btn-primary").attr("href")).isEqualTo("/plans/" + planId);
        assertThat(jdbc.queryForObject("select title from development_action where id = ?", String.class, action))
            .isEqualTo("First save");

        long planVersion = f.version(planId);
        mvc.perform(post("/plans/" + planId + "/edit").with(user(f.employeeUser())).with(csrf())
            .param("version", "" + planVersion).param("title", "Renamed").param("startsOn", PlanFixtures.TODAY.toString())
            .param("endsOn", due)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/" + planId + "/submit").with(user(f.employeeUser())).with(csrf())
            .param("version", "" + planVersion)).andExpect(status().isConflict());
        assertThat(f.status(planId)).isEqualTo("DRAFT");
    }

    /**
     * A save that takes the plan's row and then its action while another transaction holds the action and
     * then asks for the plan: the database ends the save as a deadlock (it waited first, so it finds the
     * cycle first). The save is rolled back whole and answered as a stale form is, with what was written.
     */
    @Test
    void aSaveTheDatabaseEndsAsADeadlockIsAConflictThatKeepsWhatWasWritten() throws Exception {
        long planId = f.draft();
        long action = f.actionId(planId);
        long version = f.actionVersion(action);
        String before = jdbc.queryForObject("select title from development_action where id = ?", String.class, action);
        ExecutorService saving = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("select id from development_action where id = " + action + " for update");
                Future<MvcResult> save = saving.submit(() -> mvc.perform(save(action, planId, version,
                    "Saved while locked", PlanFixtures.TODAY.plusMonths(2).toString())).andReturn());
                awaitWaitingForALock(save);
                statement.execute("update development_plan set title = title where id = " + planId);
                MvcResult result = save.get(30, TimeUnit.SECONDS);
                other.rollback();
                assertThat(result.getResponse().getStatus()).isEqualTo(409);
                assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("#written").text())
                    .contains("Saved while locked");
            }
        } finally {
            saving.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select title from development_action where id = ?", String.class, action))
            .isEqualTo(before);
    }

    private void awaitWaitingForALock(Future<?> save) throws InterruptedException {
        for (int i = 0; i < 300 && !save.isDone(); i++) {
            Integer waiting = jdbc.queryForObject(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
                Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the save did not wait for the action's lock");
    }

    @Test
    void theEditFormSavesWhatItShowsAfterChangesWereRequested() throws Exception {
        long planId = f.submitted();
        plans.requestChanges(f.managerUser(), planId, f.version(planId), "Add mentoring.");
        Document form = html(f.employeeUser(), get("/plans/" + planId + "/edit"));
        MockHttpServletRequestBuilder save = post("/plans/" + planId + "/edit");
        for (org.jsoup.nodes.Element input : form.select("#plan-form input, #plan-form textarea")) {
            String type = input.attr("type");
            if (("checkbox".equals(type) && !input.hasAttr("checked")) || input.attr("name").isEmpty()
                || "strengths".equals(input.attr("name"))) {
                continue;
            }
            save.param(input.attr("name"), input.is("textarea") ? input.text() : input.val());
        }
        String strengths = "Calm in incidents";
        save.param("strengths", strengths);
        mvc.perform(save.with(user(f.employeeUser())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select strengths from development_plan where id = ?", String.class, planId))
            .isEqualTo(strengths);
        assertThat(jdbc.queryForObject("select count(*) from plan_gap where plan_id = ?", Integer.class, planId))
            .isEqualTo(2);
    }

    @Test
    void aGoalOfTheActivePlanIsMarkedReachedWithItsRetrospective() throws Exception {
        long planId = f.active();
        long goal = f.goalId(planId);
        Document form = html(f.employeeUser(), get("/plans/" + planId + "/goals/" + goal));
        assertThat(form.select("#retrospective-form")).hasSize(1);
        assertThat(form.select("#goal-form")).isEmpty();
        Document page = html(f.employeeUser(), post("/plans/" + planId + "/goals/" + goal + "/retrospective")
            .param("version", "" + f.goalVersion(goal)).param("whatHelped", "Pairing with seniors"));
        assertThat(page.select("#whatToKeep-error").text()).isEqualTo("This field is required.");
        assertThat(page.selectFirst("#whatHelped").text()).isEqualTo("Pairing with seniors");
        mvc.perform(post("/plans/" + planId + "/goals/" + goal + "/retrospective").with(user(f.employeeUser()))
                .with(csrf()).param("version", "" + f.goalVersion(goal)).param("whatHelped", "Pairing with seniors")
                .param("whatToKeep", "Weekly design reviews"))
            .andExpect(status().is3xxRedirection());
        assertThat(html(f.employeeUser(), get("/plans/" + planId)).select("#goal-" + goal).text())
            .contains("Reached", "Pairing with seniors", "Weekly design reviews");
    }

    @Test
    void overdueActionsAreMarkedAndCounted() throws Exception {
        long planId = f.active();
        jdbc.update("update development_plan set starts_on = starts_on - 60 where id = ?", planId);
        jdbc.update("insert into development_action (plan_id, kind, title, due_on, status) values (?, 'SELF_STUDY',"
            + " 'Read the design book', current_date - 3, 'IN_PROGRESS')", planId);
        jdbc.update("insert into development_action (plan_id, kind, title, due_on, status, completed_on) values (?,"
            + " 'COURSE', 'Finished late', current_date - 3, 'DONE', current_date)", planId);
        Document page = html(f.managerUser(), get("/plans/" + planId));
        assertThat(page.select("#overdue-count").text()).isEqualTo("1 overdue");
        assertThat(page.select(".pw-overdue")).singleElement()
            .satisfies(e -> assertThat(e.text()).contains("Read the design book", "Overdue"));
        assertThat(page.select("#mix").text()).contains("Formal learning (10)", "100% · 3 of 3 actions");
    }

    private MockHttpServletRequestBuilder save(long action, long planId, long version, String title, String due) {
        return post("/plans/" + planId + "/actions/" + action).with(user(f.employeeUser())).with(csrf())
            .param("version", "" + version).param("kind", "COURSE").param("title", title).param("dueOn", due);
    }

    private Document html(PathwiseUser as, MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf())).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }
}
