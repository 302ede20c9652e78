package app.pathwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
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
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open each plan page and take each step. The employee owns the content; the direct manager
 * reads and decides; the indirect manager and HR read only; a manager of another team, another
 * employee and an executive outside the line get 404, as do ids of another plan's goals, actions and
 * gaps, in the address or in the form. A refused request changes nothing.
 */
@IntegrationTest
class PlanAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlanService plans;

    PlanFixtures f;
    Map<String, PathwiseUser> outsiders;

    @BeforeEach
    void organisation() {
        f = new PlanFixtures(jdbc, encoder, plans);
        outsiders = Map.of("other manager", f.otherManagerUser(), "other employee", f.otherEmployeeUser(),
            "executive", f.executiveUser(), "executive without employee", Fixtures.user(null, Role.EXECUTIVE),
            "administrator", Fixtures.user(null, Role.ADMIN));
    }

    @Test
    void thePlanPageIsForTheEmployeeTheirManagerLineAndHrOnly() throws Exception {
        long planId = f.draft();
        String page = "/plans/" + planId;
        for (PathwiseUser reader : List.of(f.employeeUser(), f.managerUser(), f.directorUser(), f.hrUser())) {
            expect(reader, get(page), status().isOk());
            expect(reader, get("/people/" + f.employee + "/plans"), status().isOk());
        }
        for (Map.Entry<String, PathwiseUser> outsider : outsiders.entrySet()) {
            expect(outsider.getValue(), get(page), status().isNotFound());
            expect(outsider.getValue(), get("/people/" + f.employee + "/plans"), status().isNotFound());
        }
        expect(f.employeeUser(), get("/plans/987654321"), status().isNotFound());
        expect(f.employeeUser(), get("/people/" + f.otherEmployee + "/plans"), status().isNotFound());
    }

    @Test
    void onlyTheEmployeeSeesTheEditButtonsAndOnlyTheReviewerTheDecision() throws Exception {
        long planId = f.draft();
        Document owner = html(f.employeeUser(), "/plans/" + planId);
        assertThat(owner.select("#edit-plan, #add-goal, #add-action, #submit-plan")).hasSize(4);
        for (PathwiseUser reader : List.of(f.managerUser(), f.directorUser(), f.hrUser())) {
            Document page = html(reader, "/plans/" + planId);
            assertThat(page.select("#edit-plan, #add-goal, #add-action, #submit-plan, #approve")).isEmpty();
            assertThat(page.select("#goals").text()).contains("Senior Engineer " + f.world.tag());
        }
        plans.submit(f.employeeUser(), planId, f.version(planId));
        assertThat(html(f.managerUser(), "/plans/" + planId).select("#approve, #request-changes")).hasSize(2);
        for (PathwiseUser reader : List.of(f.employeeUser(), f.directorUser(), f.hrUser())) {
            assertThat(html(reader, "/plans/" + planId).select("#approve, #request-changes, #submit-plan")).isEmpty();
        }
    }

    @Test
    void theEmployeesOwnPagesAreForThemOnly() throws Exception {
        long planId = f.draft();
        long goal = f.goalId(planId);
        long action = f.actionId(planId);
        List<String> pages = List.of("/plans/" + planId + "/edit", "/plans/" + planId + "/goals/new",
            "/plans/" + planId + "/goals/" + goal, "/plans/" + planId + "/actions/new",
            "/plans/" + planId + "/actions/" + action);
        for (String page : pages) {
            expect(f.employeeUser(), get(page), status().isOk());
            for (PathwiseUser refused : List.of(f.managerUser(), f.directorUser(), f.hrUser(), f.otherManagerUser(),
                f.otherEmployeeUser(), f.executiveUser())) {
                expect(refused, get(page), status().isNotFound());
            }
        }
        expect(f.employeeUser(), get("/plan"), status().isOk());
        expect(f.employeeUser(), get("/plans/new"), status().is3xxRedirection());
        for (PathwiseUser withoutEmployee : List.of(Fixtures.user(null, Role.HR), Fixtures.user(null, Role.ADMIN))) {
            expect(withoutEmployee, get("/plan"), status().isForbidden());
            expect(withoutEmployee, get("/plans/new"), status().isForbidden());
            expect(withoutEmployee, post("/plans").param("title", "Mine").param("startsOn", "2026-12-01")
                .param("endsOn", "2027-12-01"), status().isForbidden());
        }
    }

    @Test
    void everyContentChangeIsRefusedToAnyoneButTheEmployeeAndChangesNothing() throws Exception {
        long planId = f.draft();
        long goal = f.goalId(planId);
        long action = f.actionId(planId);
        String plan = "/plans/" + planId;
        String due = PlanFixtures.TODAY.plusDays(30).toString();
        List<MockHttpServletRequestBuilder> changes = List.of(
            post(plan + "/edit").param("version", "" + f.version(planId)).param("title", "Taken over")
                .param("startsOn", PlanFixtures.TODAY.toString()).param("endsOn", due),
            post(plan + "/submit").param("version", "" + f.version(planId)),
            post(plan + "/goals").param("horizon", "LONG").param("targetText", "Taken over"),
            post(plan + "/goals/" + goal).param("version", "" + f.goalVersion(goal)).param("horizon", "LONG")
                .param("targetText", "Taken over"),
            post(plan + "/goals/" + goal + "/remove").param("version", "" + f.goalVersion(goal)),
            post(plan + "/actions").param("kind", "OTHER").param("title", "Taken over").param("dueOn", due),
            post(plan + "/actions/" + action).param("version", "" + f.actionVersion(action)).param("kind", "OTHER")
                .param("title", "Taken over").param("dueOn", due),
            post(plan + "/actions/" + action + "/remove").param("version", "" + f.actionVersion(action)));
        String before = snapshot(planId);
        for (PathwiseUser refused : List.of(f.managerUser(), f.directorUser(), f.hrUser(), f.otherManagerUser(),
            f.otherEmployeeUser(), f.executiveUser())) {
            for (MockHttpServletRequestBuilder change : changes) {
                expect(refused, change, status().isNotFound());
            }
        }
        assertThat(snapshot(planId)).isEqualTo(before);
    }

    @Test
    void onlyTheDirectManagerDecidesWhileTheyArePresent() throws Exception {
        long planId = f.submitted();
        String plan = "/plans/" + planId;
        String before = snapshot(planId);
        for (PathwiseUser refused : List.of(f.employeeUser(), f.directorUser(), f.hrUser(), f.otherManagerUser(),
            f.otherEmployeeUser(), f.executiveUser())) {
            expect(refused, approve(plan, planId), status().isNotFound());
            expect(refused, post(plan + "/request-changes").param("version", "" + f.version(planId))
                .param("comment", "No."), status().isNotFound());
        }
        for (PathwiseUser refused : List.of(f.directorUser(), f.hrUser(), f.otherManagerUser(), f.executiveUser())) {
            expect(refused, post(plan + "/close").param("version", "" + f.version(planId)), status().isNotFound());
        }
        assertThat(snapshot(planId)).isEqualTo(before);
        expect(f.managerUser(), approve(plan, planId), status().is3xxRedirection());
        assertThat(f.status(planId)).isEqualTo("ACTIVE");
    }

    @Test
    void theIndirectManagerOrHrDecideWhenTheDirectManagerIsMissing() throws Exception {
        long planId = f.submitted();
        f.leave(f.manager);
        Document page = html(f.directorUser(), "/plans/" + planId);
        assertThat(page.select("#approve")).hasSize(1);
        assertThat(page.select("#acting-for").text()).contains("missing");
        assertThat(html(f.hrUser(), "/plans/" + planId).select("#approve")).hasSize(1);
        expect(f.hrUser(), post("/plans/" + planId + "/request-changes").param("version", "" + f.version(planId))
            .param("comment", "Please add dates."), status().is3xxRedirection());
        assertThat(f.status(planId)).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void progressAndRetrospectivesAreTheEmployeesOnly() throws Exception {
        long planId = f.active();
        long goal = f.goalId(planId);
        long action = f.actionId(planId);
        String plan = "/plans/" + planId;
        String before = snapshot(planId);
        for (PathwiseUser refused : List.of(f.managerUser(), f.directorUser(), f.hrUser(), f.otherManagerUser(),
            f.otherEmployeeUser(), f.executiveUser())) {
            expect(refused, post(plan + "/actions/" + action + "/progress").param("version", "" + f.actionVersion(action))
                .param("status", "DONE").param("evidenceText", "Not mine"), status().isNotFound());
            expect(refused, post(plan + "/goals/" + goal + "/retrospective").param("version", "" + f.goalVersion(goal))
                .param("whatHelped", "x").param("whatToKeep", "y"), status().isNotFound());
        }
        for (PathwiseUser refused : List.of(f.directorUser(), f.hrUser(), f.otherManagerUser(), f.executiveUser())) {
            expect(refused, post(plan + "/complete").param("version", "" + f.version(planId)), status().isNotFound());
        }
        assertThat(snapshot(planId)).isEqualTo(before);
        expect(f.employeeUser(), post(plan + "/actions/" + action + "/progress")
            .param("version", "" + f.actionVersion(action)).param("status", "IN_PROGRESS"), status().is3xxRedirection());
        expect(f.managerUser(), post(plan + "/complete").param("version", "" + f.version(planId)),
            status().is3xxRedirection());
        assertThat(f.status(planId)).isEqualTo("COMPLETED");
    }

    @Test
    void idsOfAnotherPlanAreNotFoundInAddressesAndForms() throws Exception {
        long mine = f.draft();
        jdbc.update("update employee set manager_id = ? where id = ?", f.manager, f.otherEmployee);
        long theirs = f.draftOf(f.otherEmployeeUser());
        jdbc.update("insert into plan_gap (plan_id, competency_id, required_level) values (?, ?, 3)", theirs,
            f.world.mentoring());
        long theirGoal = f.goalId(theirs);
        long theirAction = f.actionId(theirs);
        long theirGap = f.gapId(theirs);
        String plan = "/plans/" + mine;
        String due = PlanFixtures.TODAY.plusDays(30).toString();
        for (String page : List.of(plan + "/goals/" + theirGoal, plan + "/actions/" + theirAction,
            "/plans/" + theirs, "/plans/" + theirs + "/edit", "/plans/" + theirs + "/actions/" + theirAction)) {
            expect(f.employeeUser(), get(page), status().isNotFound());
        }
        String before = snapshot(theirs);
        for (MockHttpServletRequestBuilder change : List.of(
            post(plan + "/goals/" + theirGoal).param("version", "" + f.goalVersion(theirGoal)).param("horizon", "LONG")
                .param("targetText", "Mine now"),
            post(plan + "/goals/" + theirGoal + "/remove").param("version", "" + f.goalVersion(theirGoal)),
            post(plan + "/actions/" + theirAction).param("version", "" + f.actionVersion(theirAction))
                .param("kind", "OTHER").param("title", "Mine now").param("dueOn", due),
            post(plan + "/actions/" + theirAction + "/remove").param("version", "" + f.actionVersion(theirAction)),
            post(plan + "/actions").param("kind", "OTHER").param("title", "Closing their gap")
                .param("gapId", "" + theirGap).param("dueOn", due),
            post("/plans/" + theirs + "/submit").param("version", "" + f.version(theirs)))) {
            expect(f.employeeUser(), change, status().isNotFound());
        }
        assertThat(snapshot(theirs)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from development_action where plan_id = ?", Integer.class,
            mine)).isEqualTo(1);
    }

    @Test
    void aStepTheStateDoesNotAllowAnswersAClearConflict() throws Exception {
        long planId = f.submitted();
        String body = mvc.perform(get("/plans/" + planId + "/edit").with(user(f.employeeUser())))
            .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).select("#reason").text()).contains("cannot be changed");
        mvc.perform(post("/plans/" + planId + "/submit").param("version", "" + f.version(planId))
            .with(user(f.employeeUser())).with(csrf())).andExpect(status().isConflict());
        mvc.perform(post("/plans/" + planId + "/complete").param("version", "" + f.version(planId))
            .with(user(f.managerUser())).with(csrf())).andExpect(status().isConflict());
    }

    private MockHttpServletRequestBuilder approve(String plan, long planId) {
        return post(plan + "/approve").param("version", "" + f.version(planId)).param("frequency", "MONTHLY")
            .param("mode", "MEETING").param("firstCheckInOn", PlanFixtures.TODAY.plusWeeks(2).toString())
            .param("reportFrequency", "MONTHLY");
    }

    /** Everything of the plan that a change would touch. */
    private String snapshot(long planId) {
        return jdbc.queryForObject("select status || version || title from development_plan where id = ?",
            String.class, planId)
            + jdbc.queryForList("select id || ':' || version || target_text from career_goal where plan_id = ?"
                + " order by id", String.class, planId)
            + jdbc.queryForList("select id || ':' || version || title || status from development_action"
                + " where plan_id = ? order by id", String.class, planId)
            + jdbc.queryForList("select id || ':' || competency_id from plan_gap where plan_id = ? order by id", String.class,
                planId);
    }

    private Document html(PathwiseUser as, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }

    private void expect(PathwiseUser as, MockHttpServletRequestBuilder request, ResultMatcher matcher)
        throws Exception {
        mvc.perform(request.with(user(as)).with(csrf())).andExpect(matcher);
    }
}
