package app.pathwise.people;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** HR creates, edits and deactivates employees: errors next to fields, history, audit, conflicts. */
@IntegrationTest
class EmployeeManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    Fixtures fixtures;
    PathwiseUser hr;
    long manager;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, encoder);
        hr = user(null, Role.HR);
        manager = fixtures.employee("Creation Manager", null);
    }

    @Test
    void hrAddsAnEmployeeWithManagerAndTheHireIsInTheHistoryAndTheAuditLog() throws Exception {
        String number = Fixtures.unique("N");
        String managerNumber = jdbc.queryForObject("select employee_number from employee where id = ?", String.class,
            manager);
        mvc.perform(post("/people/new").with(user(hr)).with(csrf())
                .param("employeeNumber", number).param("fullName", "Nguyễn Thị Lan")
                .param("workEmail", number + "@example.com").param("managerNumber", managerNumber)
                .param("hireDate", "2024-03-01").param("preferredLanguage", "vi"))
            .andExpect(status().is3xxRedirection());
        Long id = jdbc.queryForObject("select id from employee where employee_number = ?", Long.class, number);
        assertThat(jdbc.queryForObject("select manager_id from employee where id = ?", Long.class, id)).isEqualTo(manager);
        assertThat(jdbc.queryForObject("select change_kind from job_history where employee_id = ?", String.class, id))
            .isEqualTo("HIRE");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'employee' and entity_id = ?"
            + " and action = 'employee.created'", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select search_text from employee where id = ?", String.class, id))
            .contains("nguyen thi lan");
    }

    @Test
    void badInputIsShownNextToTheFieldsWithTheInputKeptAndNothingSaved() throws Exception {
        String number = Fixtures.unique("N");
        int before = count();
        mvc.perform(post("/people/new").with(user(hr)).with(csrf())
                .param("employeeNumber", number).param("fullName", "")
                .param("workEmail", "not-an-email").param("managerNumber", "NO-SUCH-NUMBER")
                .param("hireDate", "2999-01-01").param("preferredLanguage", "en").param("birthYear", "1800"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "fullName", "workEmail", "managerNumber", "hireDate",
                "birthYear"))
            .andExpect(content().string(containsString("value=\"" + number + "\"")))
            .andExpect(content().string(containsString("id=\"error-summary\"")))
            .andExpect(content().string(containsString("No employee has this number.")))
            .andExpect(content().string(containsString("aria-describedby=\"workEmail-error\"")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void errorsAreWrittenInTheUsersLanguage() throws Exception {
        mvc.perform(post("/people/new").with(user(hr)).with(csrf()).param("lang", "vi")
                .param("employeeNumber", Fixtures.unique("N")).param("fullName", "")
                .param("workEmail", "x@example.com").param("hireDate", "2024-01-01").param("preferredLanguage", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("lang=\"vi\"")));
    }

    @Test
    void aDuplicateEmailOrNumberIsRefused() throws Exception {
        String existingEmail = jdbc.queryForObject("select work_email from employee where id = ?", String.class, manager);
        String existingNumber = jdbc.queryForObject("select employee_number from employee where id = ?", String.class,
            manager);
        mvc.perform(post("/people/new").with(user(hr)).with(csrf())
                .param("employeeNumber", existingNumber).param("fullName", "Copy Cat")
                .param("workEmail", existingEmail.toUpperCase()).param("hireDate", "2024-01-01")
                .param("preferredLanguage", "en"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "workEmail", "employeeNumber"));
    }

    @Test
    void aManagerCannotBePlacedUnderTheirOwnReport() throws Exception {
        long report = fixtures.employee("Loop Report", manager);
        String reportNumber = jdbc.queryForObject("select employee_number from employee where id = ?", String.class,
            report);
        mvc.perform(edit(manager, "managerNumber", reportNumber))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "managerNumber"));
        assertThat(jdbc.queryForObject("select manager_id from employee where id = ?", Long.class, manager)).isNull();
    }

    @Test
    void aChangeOfManagerIsKeptInTheJobHistoryWithItsEffectiveDate() throws Exception {
        long employee = fixtures.employee("Moving Person", null);
        String managerNumber = jdbc.queryForObject("select employee_number from employee where id = ?", String.class,
            manager);
        mvc.perform(edit(employee, "managerNumber", managerNumber, "effectiveDate", "2025-07-01"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select change_kind || ' ' || effective_date from job_history where employee_id = ?",
            String.class, employee)).isEqualTo("MANAGER_CHANGE 2025-07-01");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_id = ? and action = 'employee.updated'",
            Integer.class, employee)).isEqualTo(1);
    }

    @Test
    void twoPeopleEditingTheSameEmployeeDoNotOverwriteEachOther() throws Exception {
        long employee = fixtures.employee("Contested Person", null);
        MockHttpServletRequestBuilder first = edit(employee, "fullName", "First Editor Wins");
        MockHttpServletRequestBuilder second = edit(employee, "fullName", "Second Editor Loses");
        mvc.perform(first).andExpect(status().is3xxRedirection());
        mvc.perform(second)
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("Someone else changed this in the meantime")));
        assertThat(jdbc.queryForObject("select full_name from employee where id = ?", String.class, employee))
            .isEqualTo("First Editor Wins");
    }

    @Test
    void deactivatingKeepsTheRecordAndStopsSignIn() throws Exception {
        long employee = fixtures.employee("Leaving Person", null);
        fixtures.account(employee, "a long enough passphrase");
        mvc.perform(post("/people/" + employee + "/deactivate").with(user(hr)).with(csrf())
                .param("version", "0").param("endDate", "2026-06-30"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status || ' ' || end_date from employee where id = ?", String.class,
            employee)).isEqualTo("INACTIVE 2026-06-30");
        assertThat(jdbc.queryForObject("select count(*) from job_history where employee_id = ? and change_kind = 'EXIT'",
            Integer.class, employee)).isEqualTo(1);
        mvc.perform(get("/people/" + employee).with(user(hr))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Reactivate")));
    }

    @Test
    void theDirectoryFindsPeopleWithoutDiacritics() throws Exception {
        String name = "Trần Văn " + Fixtures.unique("Đức");
        fixtures.employee(name, null);
        String query = SearchText.normalise(name);
        mvc.perform(get("/people").param("q", query).with(user(hr))).andExpect(status().isOk())
            .andExpect(content().string(containsString(name)));
        mvc.perform(get("/people").param("q", query).header("HX-Request", "true").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(name)))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
    }

    @Test
    void aSearchListsThoseWhoseNameStartsWithTheTextFirst() throws Exception {
        String token = Fixtures.unique("Zeta").toLowerCase();
        long department = fixtures.department("Search " + token);
        fixtures.employee("Aaa " + token, null, department);
        fixtures.employee(token + " Bbb", null, department);
        fixtures.employee(token + " Aaa", null, department);
        fixtures.employee("Bbb " + token, null, department);
        Document found = Jsoup.parse(mvc.perform(get("/people").param("q", token)
                .param("department", String.valueOf(department)).with(user(hr)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(found.select("tbody td:first-child > a").eachText())
            .containsExactly(token + " Aaa", token + " Bbb", "Aaa " + token, "Bbb " + token);
    }

    @Test
    void aSearchMatchingMoreThanTheCountsLimitSaysSoAndStillPages() throws Exception {
        String token = Fixtures.unique("Many").toLowerCase();
        jdbc.update("""
            insert into employee (employee_number, full_name, work_email, hire_date, status, end_date, search_text)
            select ? || '-' || n, 'Zz ' || ? || ' ' || lpad(n::text, 4, '0'), ? || '-' || n || '@test.example.com',
                   date '2020-01-06', 'INACTIVE', date '2021-01-06',
                   'zz ' || ? || ' ' || lpad(n::text, 4, '0') || ' ' || ? || '-' || n || '@test.example.com ' || ? || '-' || n
              from generate_series(1, 501) as n
            """, token, token, token, token, token, token);
        mvc.perform(get("/people").param("q", token).param("status", "INACTIVE").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("1–25 of more than 500")))
            .andExpect(content().string(containsString("Zz " + token + " 0001")))
            .andExpect(content().string(containsString("page=1\" rel=\"next\"")))
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Page 1 of"))));
        mvc.perform(get("/people").param("q", token).param("status", "INACTIVE").param("page", "20")
                .param("lang", "vi").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Zz " + token + " 0501")))
            .andExpect(content().string(containsString("Trang 21 / 21")));
        mvc.perform(get("/people").param("q", token).param("status", "INACTIVE").param("page", "3")
                .param("lang", "zh-CN").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Zz " + token + " 0076")))
            .andExpect(content().string(containsString("共超过 500 条")));
    }

    /** The edit form as HR would submit it: the record as it is now, with some fields changed. */
    private MockHttpServletRequestBuilder edit(long id, String... changes) {
        var profile = jdbc.queryForMap("select * from employee where id = ?", id);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("fullName", (String) profile.get("full_name"));
        fields.put("workEmail", (String) profile.get("work_email"));
        fields.put("hireDate", profile.get("hire_date").toString());
        fields.put("preferredLanguage", (String) profile.get("preferred_language"));
        fields.put("version", profile.get("version").toString());
        fields.put("effectiveDate", "2026-01-01");
        for (int i = 0; i + 1 < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/people/" + id + "/edit").with(user(hr)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from employee", Integer.class);
    }
}
