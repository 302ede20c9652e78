package app.pathwise.plan.team;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open the team view and approve from it: managers (their own people only), HR (the people
 * without a manager); employees without reports, executives and administrators are refused at the
 * URL (403), a scope or a plan outside one's reach is not found (404) and nothing is approved.
 */
@IntegrationTest
class TeamAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    TeamFixtures f;
    long manager;
    long report;
    long reportPlan;
    long otherManager;
    long otherReport;
    long otherPlan;
    long hrPerson;

    @BeforeEach
    void teams() {
        f = new TeamFixtures(jdbc, encoder);
        manager = f.person("Access Team Manager", null);
        report = f.person("Access Team Report", manager);
        reportPlan = f.plan(report, "SUBMITTED");
        otherManager = f.person("Access Other Team Manager", null);
        otherReport = f.person("Access Other Team Report", otherManager);
        otherPlan = f.plan(otherReport, "SUBMITTED");
        hrPerson = f.person("Access Team HR", otherManager);
    }

    @Test
    void employeesWithoutReportsExecutivesAndAdministratorsAreRefusedAtTheUrl() throws Exception {
        for (PathwiseUser refused : new PathwiseUser[] {user(report), user(null, Role.EXECUTIVE),
            user(otherReport, Role.EXECUTIVE), user(null, Role.ADMIN)}) {
            mvc.perform(get("/team").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(approve(otherPlan).with(user(refused))).andExpect(status().isForbidden());
        }
        assertThat(f.status(otherPlan)).isEqualTo("SUBMITTED");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/team")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aManagerSeesTheirOwnPeopleOnly() throws Exception {
        String page = mvc.perform(get("/team").param("scope", "line").with(user(user(manager, Role.MANAGER))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-employee=\"" + report + "\"")
            .doesNotContain("data-employee=\"" + otherReport + "\"");
    }

    @Test
    void aManagerWithoutAnEmployeeRecordOrAskingForHrsScopeIsNotFound() throws Exception {
        mvc.perform(get("/team").with(user(user(null, Role.MANAGER)))).andExpect(status().isNotFound());
        mvc.perform(get("/team").param("scope", "unmanaged").with(user(user(manager, Role.MANAGER))))
            .andExpect(status().isNotFound());
    }

    @Test
    void hrSeesThePeopleWithoutAManagerButNoManagersLine() throws Exception {
        PathwiseUser hr = user(hrPerson, Role.HR);
        String name = jdbc.queryForObject("select full_name from employee where id = ?", String.class, manager);
        mvc.perform(get("/team").param("q", name).with(user(hr))).andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("data-employee=\"" + manager + "\"")));
        mvc.perform(get("/team").param("scope", "line").with(user(hr))).andExpect(status().isNotFound());
        mvc.perform(get("/team").param("scope", "team").with(user(hr))).andExpect(status().isNotFound());
    }

    @Test
    void aPlanOfAnotherTeamInTheBulkFormIsNotFoundAndNothingIsApproved() throws Exception {
        mvc.perform(approve(reportPlan, otherPlan).with(user(user(manager, Role.MANAGER))))
            .andExpect(status().isNotFound());
        assertThat(f.status(reportPlan)).isEqualTo("SUBMITTED");
        assertThat(f.status(otherPlan)).isEqualTo("SUBMITTED");
        mvc.perform(approve(otherPlan).with(user(user(manager, Role.MANAGER)))).andExpect(status().isNotFound());
        assertThat(f.status(otherPlan)).isEqualTo("SUBMITTED");
    }

    @Test
    void nobodyApprovesTheirOwnPlanNorAPlanThatDoesNotExistNorAForgedValue() throws Exception {
        long ownPlan = f.plan(manager, "SUBMITTED");
        PathwiseUser both = user(manager, Role.MANAGER, Role.HR);
        mvc.perform(approve(ownPlan).with(user(both))).andExpect(status().isNotFound());
        assertThat(f.status(ownPlan)).isEqualTo("SUBMITTED");
        mvc.perform(post("/team/approve").with(csrf()).with(user(both)).param("plans", "-5:0")
            .param("frequency", "MONTHLY").param("mode", "MEETING").param("reportFrequency", "MONTHLY")
            .param("firstCheckInOn", f.today.plusDays(7).toString())).andExpect(status().isNotFound());
        mvc.perform(post("/team/approve").with(csrf()).with(user(both)).param("plans", "abc")
            .param("frequency", "MONTHLY").param("mode", "MEETING").param("reportFrequency", "MONTHLY")
            .param("firstCheckInOn", f.today.plusDays(7).toString())).andExpect(status().isNotFound());
    }

    @Test
    void hrApprovesAPlanWhoseManagerIsAwayButNotOneWhoseManagerIsPresent() throws Exception {
        PathwiseUser hr = user(hrPerson, Role.HR);
        mvc.perform(approve(otherPlan).with(user(hr))).andExpect(status().isNotFound());
        assertThat(f.status(otherPlan)).isEqualTo("SUBMITTED");
        f.status(otherManager, "ON_LEAVE");
        mvc.perform(approve(otherPlan).with(user(hr))).andExpect(status().is3xxRedirection());
        assertThat(f.status(otherPlan)).isEqualTo("ACTIVE");
    }

    @Test
    void approvingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/team/approve").with(user(user(manager, Role.MANAGER)))
            .param("plans", reportPlan + ":" + f.version(reportPlan))).andExpect(status().isForbidden());
        assertThat(f.status(reportPlan)).isEqualTo("SUBMITTED");
    }

    private MockHttpServletRequestBuilder approve(long... plans) {
        MockHttpServletRequestBuilder request = post("/team/approve").with(csrf())
            .param("frequency", "MONTHLY").param("mode", "MEETING").param("reportFrequency", "MONTHLY")
            .param("firstCheckInOn", f.today.plusDays(7).toString());
        for (long plan : plans) {
            request.param("plans", plan + ":" + f.version(plan));
        }
        return request;
    }
}
