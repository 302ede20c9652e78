package app.pathwise.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.web.Flash;
import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The import as HR uses it: upload, preview, apply, report. Every test uses its own employee
 * numbers, e-mail addresses and department codes, as the database is shared with other tests.
 */
@IntegrationTest
class EmployeeImportTests {

    private static final String EMPLOYEE_HEADER =
        "employee_number,full_name,work_email,department_code,job_title_code,job_title_name,manager_number,hire_date\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final PathwiseUser hr = new PathwiseUser(9001, null, "hr.import@test.example", "HR importer",
        Set.of(Role.HR), "en", "unused", true);
    private MockHttpSession session;
    private String p;

    @BeforeEach
    void setUp() {
        session = new MockHttpSession();
        p = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("insert into department (code, name) values (?, ?)", p + "-ENG", "Engineering " + p);
    }

    @Test
    void aGoodFileCreatesEveryoneResolvesManagersDefinedLaterAndWritesTheJobHistory() throws Exception {
        String csv = EMPLOYEE_HEADER
            + p + "-2,Trần Văn Bình,binh." + p + "@test.example," + p + "-ENG," + p + "-DEV,Developer," + p + "-1,2023-09-15\n"
            + p + "-3,王芳,fang." + p + "@test.example," + p + "-ENG," + p + "-DEV,Developer," + p + "-2,2024-01-10\n"
            + p + "-1,Nguyễn Thị An,an." + p + "@test.example," + p + "-ENG,,,,2021-04-01\n";

        upload("EMPLOYEES", "people.csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"count-created\">3<")))
            .andExpect(content().string(containsString("id=\"count-job-titles\">1<")))
            .andExpect(content().string(containsString("id=\"apply\"")))
            .andExpect(content().string(containsString("Trần Văn Bình")));
        assertThat(countEmployees()).isZero();

        String report = applyAndFollow();

        assertThat(report).contains("id=\"count-created\">3<", "id=\"count-changed\">0<", "id=\"count-history\">3<",
            "people.csv", p + "-3");
        assertThat(countEmployees()).isEqualTo(3);
        assertThat(managerOf(p + "-2")).isEqualTo(p + "-1");
        assertThat(managerOf(p + "-3")).isEqualTo(p + "-2");
        assertThat(managerOf(p + "-1")).isNull();
        assertThat(jdbc.queryForObject("""
            select count(*) from job_history h join employee e on e.id = h.employee_id
             where e.employee_number like ? and h.change_kind = 'HIRE' and h.effective_date = e.hire_date
               and h.department_id = e.department_id
            """, Integer.class, p + "-%")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select name from job_title where code = ?", String.class, p + "-DEV"))
            .isEqualTo("Developer");
        assertThat(jdbc.queryForObject("select search_text from employee where employee_number = ?", String.class,
            p + "-1")).contains("nguyen thi an");
        Long runId = jdbc.queryForObject("select id from import_run where file_sha256 = ? order by id desc limit 1",
            Long.class, ImportPlan.sha256(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("""
            select summary from audit_entry where action = 'import.applied' and entity_type = 'import' and entity_id = ?
            """, String.class, runId)).contains("people.csv", "3 created", "0 changed");
        assertThat(jdbc.queryForObject("select count(*) from import_run_change where import_run_id = ?", Integer.class,
            runId)).isEqualTo(3);
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String csv = EMPLOYEE_HEADER
            + p + "-1,An,an." + p + "@test.example," + p + "-ENG,,,,2021-04-01\n"
            + p + "-2,Bình,binh." + p + "@test.example," + p + "-ENG,,," + p + "-1,2022-04-01\n";
        upload("EMPLOYEES", "people.csv", csv.getBytes(StandardCharsets.UTF_8));
        applyAndFollow();
        Integer history = historyCount();

        upload("EMPLOYEES", "people.csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(content().string(containsString("id=\"count-created\">0<")))
            .andExpect(content().string(containsString("id=\"count-changed\">0<")))
            .andExpect(content().string(containsString("id=\"count-unchanged\">2<")));
        String report = applyAndFollow();

        assertThat(report).contains("id=\"count-created\">0<", "id=\"count-changed\">0<", "id=\"count-unchanged\">2<");
        assertThat(countEmployees()).isEqualTo(2);
        assertThat(historyCount()).isEqualTo(history);
    }

    @Test
    void aChangedRowUpdatesTheEmployeeAndRecordsTheChangeAsOfTheEffectiveDate() throws Exception {
        jdbc.update("insert into department (code, name) values (?, ?)", p + "-OPS", "Operations " + p);
        upload("EMPLOYEES", "first.csv", (EMPLOYEE_HEADER
            + p + "-1,An,an." + p + "@test.example," + p + "-ENG,,,,2021-04-01\n"
            + p + "-2,Bình,binh." + p + "@test.example," + p + "-ENG,,,,2022-04-01\n").getBytes(StandardCharsets.UTF_8));
        applyAndFollow();
        long versionBefore = jdbc.queryForObject("select version from employee where employee_number = ?", Long.class,
            p + "-2");

        String header = "employee_number,full_name,work_email,department_code,manager_number,hire_date,effective_date\n";
        upload("EMPLOYEES", "second.csv", (header
            + p + "-2,Bình Trần,binh." + p + "@test.example," + p + "-OPS," + p + "-1,2022-04-01,2026-01-01\n")
            .getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(content().string(containsString("id=\"count-changed\">1<")))
            .andExpect(content().string(containsString("department_code: " + p + "-ENG → " + p + "-OPS")));
        String report = applyAndFollow();

        assertThat(report).contains("id=\"count-changed\">1<", "id=\"count-history\">2<");
        assertThat(managerOf(p + "-2")).isEqualTo(p + "-1");
        assertThat(jdbc.queryForObject("select version from employee where employee_number = ?", Long.class, p + "-2"))
            .isEqualTo(versionBefore + 1);
        assertThat(jdbc.queryForList("""
            select h.change_kind from job_history h join employee e on e.id = h.employee_id
             where e.employee_number = ? and h.effective_date = date '2026-01-01' order by h.id
            """, String.class, p + "-2")).containsExactly("TRANSFER", "MANAGER_CHANGE");
    }

    @Test
    void aBadFileListsEveryProblemByRowAndColumnAndChangesNothing() throws Exception {
        jdbc.update("""
            insert into employee (employee_number, full_name, work_email, hire_date, search_text)
            values (?, 'Taken', ?, date '2020-01-01', 'taken')
            """, p + "-DB", "taken." + p + "@test.example");
        int before = countEmployees();
        String header = "employee_number,full_name,work_email,department_code,manager_number,hire_date,birth_year\n";
        String csv = header
            + p + "-1,An,an." + p + "@test.example," + p + "-ENG," + p + "-NOBODY,2021-04-01,\n"
            + p + "-2,Bình,same." + p + "@test.example," + p + "-ENG,,2021-04-01,\n"
            + p + "-3,Chi,SAME." + p + "@test.example," + p + "-ENG,,2021-04-01,\n"
            + p + "-4,Dũng,taken." + p + "@test.example," + p + "-ENG,,2021-04-01,\n"
            + p + "-5,Em,em." + p + "@test.example," + p + "-ENG," + p + "-6,2021-04-01,\n"
            + p + "-6,Phúc,phuc." + p + "@test.example," + p + "-ENG," + p + "-5,2021-04-01,\n"
            + p + "-7,=CMD|' /C calc'!A0,g." + p + "@test.example," + p + "-ENG,,2021-04-01,\n"
            + p + "-8,Hà,ha." + p + "@test.example," + p + "-ENG,,15/04/2021,\n"
            + p + "-9,Khoa,khoa." + p + "@test.example," + p + "-ENG,,2021-04-01,-1985\n";

        upload("EMPLOYEES", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        MvcResult preview = mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("id=\"apply\""))))
            .andReturn();

        String html = preview.getResponse().getContentAsString();
        assertThat(html).contains(
            "Problems found: 8",
            "No employee has the number " + p + "-NOBODY, in Pathwise or in this file.",
            "This e-mail address is also on row 3.",
            "This e-mail address belongs to another employee in Pathwise (number " + p + "-DB).",
            "These managers would make a loop: " + p + "-5 → " + p + "-6 → " + p + "-5.",
            "spreadsheets run as a formula",
            "Write the date as yyyy-MM-dd",
            "Write this number without a + or - sign");
        assertThat(problemRows(html)).containsExactly(2, 4, 5, 6, 7, 8, 9, 10);
        assertThat(html).doesNotContain("id=\"changes\"");

        mvc.perform(post("/people/import/apply").param("token", pendingToken()).with(user(hr)).with(csrf())
                .session(session))
            .andExpect(redirectedUrl("/people/import"))
            .andExpect(result -> assertThat(flashErrorKey(result)).isEqualTo("people.import.stale"));
        assertThat(countEmployees()).isEqualTo(before);
    }

    @Test
    void aFileWithWrongColumnsIsRefusedAsAWhole() throws Exception {
        upload("EMPLOYEES", "columns.csv", ("employee_number,name,work_email,hire_date,shoe_size\n"
            + p + "-1,An,an." + p + "@test.example,2021-04-01,42\n").getBytes(StandardCharsets.UTF_8));

        mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(content().string(containsString("Required columns are missing: full_name.")))
            .andExpect(content().string(containsString("Unknown columns: name, shoe_size.")))
            .andExpect(content().string(containsString("Whole file")))
            .andExpect(content().string(not(containsString("id=\"apply\""))));
    }

    @Test
    void aFileInTheWrongEncodingIsRefusedInTheReadersLanguage() throws Exception {
        PathwiseUser vietnamese = new PathwiseUser(9002, null, "hr.vi@test.example", "HR vi", Set.of(Role.HR), "vi",
            "unused", true);
        byte[] latin1 = (EMPLOYEE_HEADER + p + "-1,Jos\u00e9,jose." + p + "@test.example,,,,,2021-04-01\n")
            .getBytes(StandardCharsets.ISO_8859_1);

        mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", "latin1.csv", "text/csv", latin1))
                .param("kind", "EMPLOYEES").with(user(vietnamese)).with(csrf()).session(session))
            .andExpect(redirectedUrl("/people/import/preview"));

        mvc.perform(get("/people/import/preview").with(user(vietnamese)).session(session))
            .andExpect(content().string(containsString("Tệp không ở dạng UTF-8 (ký tự không đọc được đầu tiên nằm ở dòng 2)")))
            .andExpect(content().string(not(containsString("id=\"apply\""))));
    }

    @Test
    void aDepartmentsFileMayDefineParentsFurtherDown() throws Exception {
        String csv = "code,name,parent_code\n"
            + p + "-WEB,Web," + p + "-APPS\n"
            + p + "-APPS,Applications," + p + "-ENG\n"
            + p + "-ENG,Engineering " + p + ",\n";

        upload("DEPARTMENTS", "departments.csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(content().string(containsString("id=\"count-created\">2<")))
            .andExpect(content().string(containsString("id=\"count-unchanged\">1<")));
        String report = applyAndFollow();

        assertThat(report).contains("id=\"count-created\">2<");
        assertThat(parentOf(p + "-WEB")).isEqualTo(p + "-APPS");
        assertThat(parentOf(p + "-APPS")).isEqualTo(p + "-ENG");
        assertThat(parentOf(p + "-ENG")).isNull();
    }

    @Test
    void aDepartmentLoopIsRefused() throws Exception {
        upload("DEPARTMENTS", "loop.csv", ("code,name,parent_code\n" + p + "-ENG,Engineering," + p + "-X\n"
            + p + "-X,X," + p + "-ENG\n").getBytes(StandardCharsets.UTF_8));

        mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(content().string(containsString("These departments would make a loop")))
            .andExpect(content().string(not(containsString("id=\"apply\""))));
        assertThat(parentOf(p + "-ENG")).isNull();
    }

    @Test
    void applyingChecksAgainAndAppliesNothingIfTheDatabaseChangedInTheMeantime() throws Exception {
        upload("EMPLOYEES", "people.csv", (EMPLOYEE_HEADER
            + p + "-1,An,an." + p + "@test.example," + p + "-ENG,,,,2021-04-01\n"
            + p + "-2,Bình,binh." + p + "@test.example," + p + "-ENG,,,,2021-04-01\n").getBytes(StandardCharsets.UTF_8));
        jdbc.update("""
            insert into employee (employee_number, full_name, work_email, hire_date, search_text)
            values (?, 'Quick', ?, date '2020-01-01', 'quick')
            """, p + "-OTHER", "binh." + p + "@test.example");

        mvc.perform(post("/people/import/apply").param("token", pendingToken()).with(user(hr)).with(csrf())
                .session(session))
            .andExpect(redirectedUrl("/people/import/preview"))
            .andExpect(result -> assertThat(flashErrorKey(result)).isEqualTo("people.import.rejected"));

        assertThat(countEmployees()).isEqualTo(1);
        mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(content().string(containsString("belongs to another employee in Pathwise")));
    }

    @Test
    void applyingAPreviewTheDatabaseHasOvertakenAsksToLookAgain() throws Exception {
        upload("EMPLOYEES", "people.csv", (EMPLOYEE_HEADER
            + p + "-1,An,an." + p + "@test.example," + p + "-ENG,,,,2021-04-01\n").getBytes(StandardCharsets.UTF_8));
        String first = pendingToken();
        jdbc.update("""
            insert into employee (employee_number, full_name, work_email, hire_date, search_text)
            values (?, 'An', ?, date '2021-04-01', 'an')
            """, p + "-1", "an." + p + "@test.example");

        mvc.perform(post("/people/import/apply").param("token", first).with(user(hr)).with(csrf()).session(session))
            .andExpect(redirectedUrl("/people/import/preview"))
            .andExpect(result -> assertThat(flashErrorKey(result)).isEqualTo("people.import.outdated"));
        mvc.perform(get("/people/import/preview").with(user(hr)).session(session))
            .andExpect(content().string(containsString("id=\"count-created\">0<")))
            .andExpect(content().string(containsString("id=\"count-changed\">1<")));
        assertThat(pendingToken()).isNotEqualTo(first);

        String report = applyAndFollow();
        assertThat(report).contains("id=\"count-changed\">1<");
        assertThat(jdbc.queryForObject("select department_id is not null from employee where employee_number = ?",
            Boolean.class, p + "-1")).isTrue();
    }

    @Test
    void aPreviewIsAppliedOnceOnly() throws Exception {
        upload("EMPLOYEES", "people.csv", (EMPLOYEE_HEADER
            + p + "-1,An,an." + p + "@test.example," + p + "-ENG,,,,2021-04-01\n").getBytes(StandardCharsets.UTF_8));
        String token = pendingToken();
        mvc.perform(post("/people/import/apply").param("token", token).with(user(hr)).with(csrf()).session(session))
            .andExpect(redirectedUrlPattern("/people/import/runs/*"));

        mvc.perform(post("/people/import/apply").param("token", token).with(user(hr)).with(csrf()).session(session))
            .andExpect(redirectedUrl("/people/import"))
            .andExpect(result -> assertThat(flashErrorKey(result)).isEqualTo("people.import.stale"));
        assertThat(countEmployees()).isEqualTo(1);
    }

    @Test
    void theUploadPageDocumentsTheColumnsAndOffersTemplates() throws Exception {
        mvc.perform(get("/people/import").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/people/import/template/employees.csv")))
            .andExpect(content().string(containsString("/people/import/template/departments.csv")))
            .andExpect(content().string(containsString("<code>manager_number</code>")));

        MvcResult template = mvc.perform(get("/people/import/template/employees.csv").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("employees.csv")))
            .andReturn();
        byte[] bytes = template.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8))
            .startsWith("\uFEFFemployee_number,full_name,work_email").contains("Nguyễn Thị Lan");
    }

    @Test
    void peopleWithoutTheHrRoleCannotImport() throws Exception {
        PathwiseUser employee = new PathwiseUser(9003, 1L, "someone@test.example", "Someone", Set.of(Role.EMPLOYEE),
            "en", "unused", true);

        mvc.perform(get("/people/import").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/people/import/preview").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(get("/people/import/template/employees.csv").with(user(employee)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/people/import/runs/1").with(user(employee))).andExpect(status().isForbidden());
        mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                "code,name\nX,Y\n".getBytes(StandardCharsets.UTF_8))).param("kind", "DEPARTMENTS")
                .with(user(employee)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/people/import/apply").param("token", "x").with(user(employee)).with(csrf()))
            .andExpect(status().isForbidden());
    }

    private void upload(String kind, String name, byte[] content) throws Exception {
        mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", name, "text/csv", content))
                .param("kind", kind).with(user(hr)).with(csrf()).session(session))
            .andExpect(redirectedUrl("/people/import/preview"));
    }

    private String applyAndFollow() throws Exception {
        MvcResult applied = mvc.perform(post("/people/import/apply").param("token", pendingToken()).with(user(hr))
                .with(csrf()).session(session))
            .andExpect(redirectedUrlPattern("/people/import/runs/*"))
            .andExpect(flash().attributeExists("flashSuccess"))
            .andReturn();
        return mvc.perform(get(applied.getResponse().getRedirectedUrl()).with(user(hr)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    }

    private static String flashErrorKey(MvcResult result) {
        return ((Flash.FlashMessage) result.getFlashMap().get("flashError")).key();
    }

    private String pendingToken() {
        return Collections.list(session.getAttributeNames()).stream().map(session::getAttribute)
            .filter(ImportPreview.class::isInstance).map(ImportPreview.class::cast).findFirst()
            .orElseThrow().token();
    }

    private static List<Integer> problemRows(String html) {
        Matcher rows = Pattern.compile("<tr>\\s*<td class=\"text-nowrap\">([0-9]+)</td>").matcher(html);
        List<Integer> numbers = new ArrayList<>();
        while (rows.find()) {
            numbers.add(Integer.parseInt(rows.group(1)));
        }
        return numbers;
    }

    private int countEmployees() {
        return jdbc.queryForObject("select count(*) from employee where employee_number like ?", Integer.class,
            p + "-%");
    }

    private Integer historyCount() {
        return jdbc.queryForObject("""
            select count(*) from job_history h join employee e on e.id = h.employee_id where e.employee_number like ?
            """, Integer.class, p + "-%");
    }

    private String managerOf(String number) {
        return jdbc.queryForObject("""
            select m.employee_number from employee e left join employee m on m.id = e.manager_id
             where e.employee_number = ?
            """, String.class, number);
    }

    private String parentOf(String code) {
        return jdbc.queryForObject("""
            select p.code from department d left join department p on p.id = d.parent_id where d.code = ?
            """, String.class, code);
    }
}
