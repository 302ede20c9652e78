package app.pathwise.web;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * For every page and action: who gets in, who is refused, and that refusing tells nothing (404 for
 * records outside one's reach, 403 for areas outside one's role).
 */
@IntegrationTest
class PageAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long manager;
    long employee;
    long otherManager;
    long otherEmployee;
    long accountId;
    Map<String, PathwiseUser> users;

    @BeforeEach
    void organisation() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        manager = fixtures.employee("Access Manager", null);
        employee = fixtures.employee("Access Employee", manager);
        otherManager = fixtures.employee("Access Other Manager", null);
        otherEmployee = fixtures.employee("Access Other Employee", otherManager);
        String email = fixtures.account(otherEmployee, "irrelevant passphrase");
        accountId = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
        users = Map.of(
            "employee", user(employee),
            "manager", user(manager, Role.MANAGER),
            "otherManager", user(otherManager, Role.MANAGER),
            "hr", user(otherEmployee, Role.HR),
            "executive", user(otherManager, Role.EXECUTIVE, Role.MANAGER),
            "admin", user(null, Role.ADMIN));
    }

    @Test
    void everySignedInUserHasAHomeAndSettings() throws Exception {
        for (PathwiseUser u : users.values()) {
            expect(u, "/", status().isOk());
            expect(u, "/settings", status().isOk());
        }
    }

    @Test
    void anonymousVisitorsGetNoPageButSignIn() throws Exception {
        for (String path : new String[] {"/", "/people", "/people/" + employee, "/admin/accounts", "/settings",
            "/organisation/departments", "/admin/audit"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void theDirectoryAndOrganisationPagesAreForHrAndAdminsOnly() throws Exception {
        for (String path : new String[] {"/people", "/people/new", "/people/import", "/organisation/departments",
            "/organisation/job-titles", "/people/" + employee + "/edit"}) {
            expect(users.get("hr"), path, status().isOk());
            expect(users.get("admin"), path, status().isOk());
            for (String refused : new String[] {"employee", "manager", "executive"}) {
                ResultMatcher matcher = path.endsWith("/edit") ? status().isNotFound() : status().isForbidden();
                expect(users.get(refused), path, matcher);
            }
        }
    }

    @Test
    void administrationIsForAdminsOnly() throws Exception {
        for (String path : new String[] {"/admin/accounts", "/admin/accounts/" + accountId, "/admin/accounts/new",
            "/admin/audit"}) {
            expect(users.get("admin"), path, status().isOk());
            for (String refused : new String[] {"employee", "manager", "hr", "executive"}) {
                expect(users.get(refused), path, status().isForbidden());
            }
        }
    }

    @Test
    void anEmployeePageIsForSelfTheManagerLineHrAndAdminsAndMissingForEveryoneElse() throws Exception {
        String page = "/people/" + employee;
        expect(users.get("employee"), page, status().isOk());
        expect(users.get("manager"), page, status().isOk());
        expect(users.get("hr"), page, status().isOk());
        expect(users.get("admin"), page, status().isOk());
        expect(users.get("otherManager"), page, status().isNotFound());
        expect(users.get("executive"), page, status().isNotFound());
        expect(users.get("employee"), "/people/" + otherEmployee, status().isNotFound());
        expect(users.get("employee"), "/people/" + manager, status().isNotFound());
    }

    @Test
    void theEmployeePageLinksToDevelopmentPagesOnlyForThoseWhoMayOpenThem() throws Exception {
        String page = "/people/" + employee;
        for (String reader : new String[] {"employee", "manager", "hr"}) {
            String html = mvc.perform(get(page).with(user(users.get(reader)))).andReturn().getResponse()
                .getContentAsString();
            assertThat(html).as(reader).contains("id=\"development-links\"")
                .contains("/people/" + employee + "/gaps").contains("/people/" + employee + "/plans");
            for (String link : new String[] {"gaps", "assessment", "plans", "certifications", "objectives"}) {
                expect(users.get(reader), page + "/" + link, status().isOk());
            }
        }
        String admin = mvc.perform(get(page).with(user(users.get("admin")))).andReturn().getResponse()
            .getContentAsString();
        assertThat(admin).doesNotContain("development-links").doesNotContain(page + "/gaps");
        expect(users.get("admin"), page + "/gaps", status().isNotFound());
    }

    @Test
    void aMissingRecordLooksExactlyLikeAForbiddenOne() throws Exception {
        String forbidden = mvc.perform(get("/people/" + otherEmployee).with(user(users.get("employee"))))
            .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/people/987654321").with(user(users.get("employee"))))
            .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(withoutCsrfToken(forbidden)).isEqualTo(withoutCsrfToken(missing));
        mvc.perform(get("/people/not-a-number").with(user(users.get("hr")))).andExpect(status().isNotFound());
    }

    @Test
    void actionsOnPeopleAreRefusedToThoseWithoutTheRightAndChangeNothing() throws Exception {
        long version = jdbc.queryForObject("select version from employee where id = ?", Long.class, employee);
        mvc.perform(post("/people/" + employee + "/deactivate").with(user(users.get("manager"))).with(csrf())
            .param("version", String.valueOf(version)).param("endDate", "2026-01-01"))
            .andExpect(status().isNotFound());
        mvc.perform(post("/people/" + employee + "/deactivate").with(user(users.get("employee"))).with(csrf())
            .param("version", String.valueOf(version)).param("endDate", "2026-01-01"))
            .andExpect(status().isNotFound());
        mvc.perform(post("/people/" + employee + "/edit").with(user(users.get("manager"))).with(csrf())
            .param("fullName", "Changed By Manager"))
            .andExpect(status().isNotFound());
        String unique = Fixtures.unique("X");
        mvc.perform(post("/people/new").with(user(users.get("employee"))).with(csrf())
            .param("employeeNumber", unique).param("fullName", "Nobody").param("workEmail", unique + "@example.com")
            .param("hireDate", "2024-01-01").param("preferredLanguage", "en"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/organisation/departments").with(user(users.get("manager"))).with(csrf())
            .param("code", unique).param("name", "Sneaky"))
            .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status || full_name from employee where id = ?", String.class,
            employee)).isEqualTo("ACTIVEAccess Employee");
        assertThat(jdbc.queryForObject("select count(*) from employee where employee_number = ?", Integer.class,
            unique)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from department where code = ?", Integer.class,
            unique)).isZero();
    }

    @Test
    void accountActionsAreForAdminsOnly() throws Exception {
        long version = jdbc.queryForObject("select version from account where id = ?", Long.class, accountId);
        mvc.perform(post("/admin/accounts/" + accountId).with(user(users.get("hr"))).with(csrf())
            .param("version", String.valueOf(version)).param("roles", "ADMIN").param("enabled", "true"))
            .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from account_role where account_id = ?", Integer.class,
            accountId)).isZero();
    }

    @Test
    void stateChangesWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/settings/language").with(user(users.get("employee"))).param("language", "vi"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/people/new").with(user(users.get("hr"))).param("fullName", "x"))
            .andExpect(status().isForbidden());
    }

    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
    }

    private void expect(PathwiseUser u, String path, ResultMatcher matcher) throws Exception {
        mvc.perform(get(path).with(user(u))).andExpect(matcher);
    }
}
