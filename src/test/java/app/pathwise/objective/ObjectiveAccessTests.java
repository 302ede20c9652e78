package app.pathwise.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open which objective page and send which form. Personal objectives: the owner reads and
 * edits, the management line and HR read, everyone else (a manager of another team, an executive
 * outside the line, another employee) gets 404 exactly as for a missing record, and nothing changes.
 */
@IntegrationTest
class ObjectiveAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    ObjectiveWorld w;
    ObjectiveFixtures objectives;

    @BeforeEach
    void world() {
        w = ObjectiveWorld.build(jdbc, encoder);
        objectives = new ObjectiveFixtures(jdbc);
    }

    @Test
    void everySignedInUserReadsTheSharedPages() throws Exception {
        for (PathwiseUser u : everyone()) {
            for (String page : List.of("/objectives", "/objectives/company", "/objectives/alignment?period=2035",
                "/objectives/departments/" + w.department(), "/objectives/" + w.company(),
                "/objectives/" + w.departmentObjective())) {
                expect(u, get(page), 200);
            }
        }
        mvc.perform(get("/objectives")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPersonalObjectiveIsReadBySelfTheManagerLineAndHrOnly() throws Exception {
        for (String page : List.of("/objectives/" + w.personal(), "/people/" + w.employee() + "/objectives")) {
            expect(w.employeeUser(), get(page), 200);
            expect(w.managerUser(), get(page), 200);
            expect(w.hrUser(), get(page), 200);
            expect(w.otherManagerUser(), get(page), 404);
            expect(w.executiveUser(), get(page), 404);
            expect(w.otherEmployeeUser(), get(page), 404);
            expect(w.adminUser(), get(page), 404);
        }
        expect(w.employeeUser(), get("/objectives/" + w.otherPersonal()), 404);
        expect(w.employeeUser(), get("/objectives/999999999"), 404);
        expect(w.employeeUser(), get("/people/" + w.otherEmployee() + "/objectives"), 404);
    }

    @Test
    void onlyTheOwnerChangesAPersonalObjective() throws Exception {
        String base = "/objectives/" + w.personal();
        String keyResult = base + "/key-results/" + w.keyResult();
        for (String form : List.of(base + "/edit", base + "/key-results/new", keyResult + "/edit", keyResult + "/value")) {
            expect(w.employeeUser(), get(form), 200);
            for (PathwiseUser refused : List.of(w.managerUser(), w.hrUser(), w.otherManagerUser(), w.executiveUser(),
                w.otherEmployeeUser(), w.adminUser())) {
                expect(refused, get(form), 404);
            }
        }
        long version = objectives.version("objective", w.personal());
        long krVersion = objectives.version("key_result", w.keyResult());
        for (PathwiseUser refused : List.of(w.managerUser(), w.hrUser(), w.otherManagerUser(), w.executiveUser(),
            w.otherEmployeeUser())) {
            expect(refused, post(base + "/edit").param("title", "Taken over").param("period", "2035-Q1")
                .param("version", String.valueOf(version)), 404);
            expect(refused, post(base + "/close").param("version", String.valueOf(version)), 404);
            expect(refused, post(base + "/key-results/new").param("title", "Sneaked in").param("kind", "BOOLEAN"), 404);
            expect(refused, post(keyResult + "/edit").param("title", "Renamed").param("startValue", "0")
                .param("targetValue", "5").param("version", String.valueOf(krVersion)), 404);
            expect(refused, post(keyResult + "/value").param("value", "99").param("version", String.valueOf(krVersion)),
                404);
        }
        assertThat(objectives.title(w.personal())).isEqualTo("Personal goal " + w.tag());
        assertThat(objectives.current(w.keyResult())).isEqualByComparingTo("40");
        assertThat(objectives.count("select count(*) from key_result where objective_id = ?", w.personal())).isEqualTo(1);
        assertThat(objectives.count("select count(*) from objective where id = ? and status = 'ACTIVE'", w.personal()))
            .isEqualTo(1);
        objectives.close(w.personal());
        expect(w.managerUser(), post(base + "/reopen").param("version",
            String.valueOf(objectives.version("objective", w.personal()))), 404);
        assertThat(objectives.count("select count(*) from objective where id = ? and status = 'CLOSED'", w.personal()))
            .isEqualTo(1);
    }

    @Test
    void idsOfAnotherEmployeesObjectiveInTheUrlOrTheFormAreRefused() throws Exception {
        long otherVersion = objectives.version("key_result", w.otherKeyResult());
        // my objective with the other employee's key result, and the other objective with mine
        expect(w.employeeUser(), get("/objectives/" + w.personal() + "/key-results/" + w.otherKeyResult() + "/value"), 404);
        expect(w.employeeUser(), post("/objectives/" + w.personal() + "/key-results/" + w.otherKeyResult() + "/value")
            .param("value", "9").param("version", String.valueOf(otherVersion)), 404);
        expect(w.employeeUser(), post("/objectives/" + w.otherPersonal() + "/key-results/" + w.otherKeyResult() + "/value")
            .param("value", "9").param("version", String.valueOf(otherVersion)), 404);
        assertThat(objectives.current(w.otherKeyResult())).isEqualByComparingTo("5");
        // aligning my objective under the other employee's personal objective is a field error, not a leak
        String page = mvc.perform(post("/objectives/new").with(user(w.employeeUser())).with(csrf())
                .param("title", "Piggyback " + w.tag()).param("period", "2035-Q1")
                .param("parentId", String.valueOf(w.otherPersonal())))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This objective cannot be aligned to that one.")
            .doesNotContain("Other personal goal " + w.tag());
        assertThat(objectives.count("select count(*) from objective where title = ?", "Piggyback " + w.tag())).isZero();
    }

    @Test
    void companyObjectivesAreChangedByHrAndExecutivesOnly() throws Exception {
        long version = objectives.version("objective", w.company());
        for (PathwiseUser allowed : List.of(w.hrUser(), w.executiveUser())) {
            expect(allowed, get("/objectives/company/new"), 200);
            expect(allowed, get("/objectives/" + w.company() + "/edit"), 200);
        }
        for (PathwiseUser refused : List.of(w.managerUser(), w.employeeUser(), w.otherManagerUser(), w.adminUser())) {
            expect(refused, get("/objectives/company/new"), 404);
            expect(refused, get("/objectives/" + w.company() + "/edit"), 404);
            expect(refused, post("/objectives/company/new").param("title", "Coup " + w.tag()).param("period", "2035"), 404);
            expect(refused, post("/objectives/" + w.company() + "/edit").param("title", "Coup " + w.tag())
                .param("period", "2035").param("version", String.valueOf(version)), 404);
            expect(refused, post("/objectives/" + w.company() + "/close").param("version", String.valueOf(version)), 404);
        }
        assertThat(objectives.count("select count(*) from objective where title = ?", "Coup " + w.tag())).isZero();
        expect(w.executiveUser(), post("/objectives/company/new").param("title", "Grow " + w.tag()).param("period", "2035"),
            302);
        assertThat(objectives.count("select count(*) from objective where title = ? and scope = 'COMPANY'",
            "Grow " + w.tag())).isEqualTo(1);
    }

    @Test
    void aDepartmentsObjectivesAreChangedByHrAndTheManagersOfThatDepartmentOnly() throws Exception {
        String base = "/objectives/departments/" + w.department();
        String objective = "/objectives/" + w.departmentObjective();
        String keyResult = objective + "/key-results/" + w.departmentKeyResult();
        for (PathwiseUser allowed : List.of(w.managerUser(), w.hrUser())) {
            for (String form : List.of(base + "/new", objective + "/edit", objective + "/key-results/new",
                keyResult + "/edit", keyResult + "/value")) {
                expect(allowed, get(form), 200);
            }
        }
        long version = objectives.version("objective", w.departmentObjective());
        long krVersion = objectives.version("key_result", w.departmentKeyResult());
        // an employee of the department (no reports), a manager of another department, an executive
        for (PathwiseUser refused : List.of(w.employeeUser(), w.otherManagerUser(), w.executiveUser(), w.adminUser())) {
            for (String form : List.of(base + "/new", objective + "/edit", keyResult + "/value")) {
                expect(refused, get(form), 404);
            }
            expect(refused, post(base + "/new").param("title", "Hijack " + w.tag()).param("period", "2035"), 404);
            expect(refused, post(objective + "/edit").param("title", "Hijack " + w.tag()).param("period", "2035")
                .param("version", String.valueOf(version)), 404);
            expect(refused, post(keyResult + "/value").param("value", "4").param("version", String.valueOf(krVersion)),
                404);
        }
        expect(w.otherManagerUser(), get("/objectives/departments/" + w.otherDepartment() + "/new"), 200);
        expect(w.managerUser(), get("/objectives/departments/" + w.otherDepartment() + "/new"), 404);
        expect(w.managerUser(), get("/objectives/departments/999999999"), 404);
        expect(w.hrUser(), get("/objectives/departments/999999999/new"), 404);
        assertThat(objectives.count("select count(*) from objective where title = ?", "Hijack " + w.tag())).isZero();
        assertThat(objectives.current(w.departmentKeyResult())).isEqualByComparingTo(BigDecimal.ONE);
        expect(w.managerUser(), post(keyResult + "/value").param("value", "2").param("version", String.valueOf(krVersion)),
            302);
        assertThat(objectives.current(w.departmentKeyResult())).isEqualByComparingTo("2");
    }

    @Test
    void hrReadsPersonalObjectivesWithoutTheWaysToChangeThem() throws Exception {
        String page = body(w.hrUser(), "/objectives/" + w.personal());
        assertThat(page).contains("Personal goal " + w.tag(), "Customers " + w.tag())
            .doesNotContain("Update progress", "/objectives/" + w.personal() + "/edit", "Add a key result");
        assertThat(body(w.employeeUser(), "/objectives/" + w.personal())).contains("Update progress", "Add a key result");
    }

    @Test
    void theAlignmentTreeListsPersonalObjectivesOnlyToThoseWhoMayReadThem() throws Exception {
        String title = "Personal goal " + w.tag();
        assertThat(body(w.employeeUser(), "/objectives/alignment?period=2035")).contains(title);
        assertThat(body(w.managerUser(), "/objectives/alignment?period=2035")).contains(title);
        assertThat(body(w.hrUser(), "/objectives/alignment?period=2035")).contains(title);
        for (PathwiseUser refused : List.of(w.executiveUser(), w.otherManagerUser(), w.otherEmployeeUser())) {
            String tree = body(refused, "/objectives/alignment?period=2035");
            assertThat(tree).doesNotContain(title).contains("Department goal " + w.tag())
                .contains("1 personal objective aligned directly, average progress 40%");
        }
        String company = body(w.executiveUser(), "/objectives/" + w.departmentObjective());
        assertThat(company).doesNotContain(title).contains("1 more personal objective is aligned directly beneath");
    }

    private List<PathwiseUser> everyone() {
        return List.of(w.employeeUser(), w.managerUser(), w.otherManagerUser(), w.hrUser(), w.executiveUser(),
            w.adminUser());
    }

    private String body(PathwiseUser as, String path) throws Exception {
        return mvc.perform(get(path).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
    }

    private void expect(PathwiseUser as, MockHttpServletRequestBuilder request, int status) throws Exception {
        if ("POST".equals(request.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod())) {
            request.with(csrf());
        }
        mvc.perform(request.with(user(as))).andExpect(status().is(status));
    }
}
