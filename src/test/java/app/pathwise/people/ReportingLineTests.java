package app.pathwise.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.people.importing.ImportKind;
import app.pathwise.people.importing.ImportOutcome;
import app.pathwise.people.importing.ImportPreview;
import app.pathwise.people.importing.PeopleImport;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The stored reporting lines (V39) follow every write that changes who reports to whom or who
 * has left: fixtures written in SQL, the employee service, the CSV import. After each step every
 * stored line of the whole database is compared with the lines walked afresh down the tree.
 */
@IntegrationTest
class ReportingLineTests {

    /** Every line walked down the tree as the page used to count it: through people who have not left. */
    private static final String WALKED = """
        with recursive line(manager_id, employee_id, depth) as (
            select manager_id, id, 1 from employee where manager_id is not null and status <> 'INACTIVE'
            union all
            select l.manager_id, e.id, l.depth + 1 from line l join employee e on e.manager_id = l.employee_id
             where e.status <> 'INACTIVE'
        )
        select manager_id, employee_id, depth from line
        """;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ReportingLines lines;

    @Autowired
    EmployeeService employees;

    @Autowired
    PeopleImport imports;

    Fixtures fixtures;
    long top;
    long a;
    long a1;
    long a11;
    long a2;
    long b;
    long b1;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, encoder);
        top = fixtures.employee("Line Top", null);
        a = fixtures.employee("Line A", top);
        a1 = fixtures.employee("Line A1", a);
        a11 = fixtures.employee("Line A11", a1);
        a2 = fixtures.employee("Line A2", a);
        b = fixtures.employee("Line B", top);
        b1 = fixtures.employee("Line B1", b);
    }

    @AfterEach
    void everyStoredLineIsTheWalkedLine() {
        assertStoredLinesAreTheWalkedLines();
    }

    @Test
    void peopleAddedInSqlAreCountedInEveryLineAboveThem() {
        assertSizes(Map.of(top, 6L, a, 3L, a1, 1L, a11, 0L, b, 1L, b1, 0L));
    }

    @Test
    void aManagerMovedWithTheServiceTakesTheirWholeLineAlong() {
        move(a, b);
        assertSizes(Map.of(top, 6L, a, 3L, b, 5L, b1, 0L));
        move(a1, b1);
        assertSizes(Map.of(top, 6L, a, 1L, b, 5L, b1, 2L));
        move(b, null);
        assertSizes(Map.of(top, 0L, b, 5L, b1, 2L));
    }

    @Test
    void someoneWhoLeavesCutsTheLineBelowThemUntilTheyReturn() {
        employees.deactivateEmployee(a1, version(a1), LocalDate.of(2026, 6, 30));
        assertSizes(Map.of(top, 4L, a, 1L, a1, 1L));
        assertStoredLinesAreTheWalkedLines();
        employees.reactivateEmployee(a1, version(a1), LocalDate.of(2026, 7, 1));
        assertSizes(Map.of(top, 6L, a, 3L, a1, 1L));
    }

    @Test
    void leavingAndReturningInSqlAreFollowedToo() {
        jdbc.update("update employee set status = 'INACTIVE', end_date = date '2026-01-31' where id in (?, ?)", a, b1);
        assertSizes(Map.of(top, 1L, a, 3L, b, 0L));
        jdbc.update("update employee set status = 'ON_LEAVE', end_date = null where id = ?", a);
        assertSizes(Map.of(top, 5L, a, 3L));
    }

    @Test
    void aCsvImportThatAddsMovesAndDeactivatesKeepsTheLines() {
        String header = "employee_number,full_name,work_email,manager_number,hire_date,status,end_date\n";
        String topNumber = number(top);
        String p = Fixtures.unique("RL");
        String csv = header
            // a new manager under top, with a report listed before them
            + p + "-2,New Report," + p + "-2@test.example.com," + p + "-1,2024-01-01,ACTIVE,\n"
            + p + "-1,New Manager," + p + "-1@test.example.com," + topNumber + ",2024-01-01,ACTIVE,\n"
            // a1 (with a11) moves under the new manager, b leaves
            + row(a1, p + "-1", "ACTIVE", "") + row(b, topNumber, "INACTIVE", "2026-03-31");
        ImportPreview preview = imports.preview(ImportKind.EMPLOYEES, "lines.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canApply()).as("preview problems: %s", preview).isTrue();
        assertThat(imports.apply(preview, null, "hr@test.example.com")).isInstanceOf(ImportOutcome.Applied.class);
        long newManager = jdbc.queryForObject("select id from employee where employee_number = ?", Long.class,
            p + "-1");
        assertSizes(Map.of(top, 6L, newManager, 3L, a, 1L, a1, 1L, b, 1L));
    }

    private String row(long id, String managerNumber, String status, String endDate) {
        Map<String, Object> e = jdbc.queryForMap("select * from employee where id = ?", id);
        return e.get("employee_number") + "," + e.get("full_name") + "," + e.get("work_email") + "," + managerNumber
            + "," + e.get("hire_date") + "," + status + "," + endDate + "\n";
    }

    private void move(long employee, Long manager) {
        Map<String, Object> e = jdbc.queryForMap("select * from employee where id = ?", employee);
        EmployeeDetails details = new EmployeeDetails((String) e.get("employee_number"), (String) e.get("full_name"),
            (String) e.get("work_email"), null, null, manager, ((java.sql.Date) e.get("hire_date")).toLocalDate(),
            (String) e.get("preferred_language"), null, null, null);
        assertThat(employees.updateEmployee(employee, version(employee), details, LocalDate.of(2026, 1, 1))
            .succeeded()).isTrue();
    }

    private long version(long employee) {
        return jdbc.queryForObject("select version from employee where id = ?", Long.class, employee);
    }

    private String number(long employee) {
        return jdbc.queryForObject("select employee_number from employee where id = ?", String.class, employee);
    }

    private void assertSizes(Map<Long, Long> expected) {
        expected.forEach((manager, size) -> assertThat(lines.lineSize(manager)).as("line of %s", manager)
            .isEqualTo(size));
    }

    private void assertStoredLinesAreTheWalkedLines() {
        assertThat(jdbc.queryForObject("select count(*) from ((" + WALKED + ") except select manager_id, employee_id, "
            + "depth from reporting_line) missing", Long.class)).as("pairs missing").isZero();
        assertThat(jdbc.queryForObject("select count(*) from (select manager_id, employee_id, depth from reporting_line"
            + " except (" + WALKED + ")) extra", Long.class)).as("pairs too many").isZero();
        assertThat(jdbc.queryForObject("""
            select count(*) from (select manager_id, count(*) as size from reporting_line group by manager_id) c
              full join (select * from reporting_line_size where size > 0) s on s.manager_id = c.manager_id
             where c.size is distinct from s.size
            """, Long.class)).as("sizes not the number of pairs").isZero();
    }
}
