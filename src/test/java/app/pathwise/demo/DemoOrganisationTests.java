package app.pathwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.people.ReportingLines;
import app.pathwise.people.SearchText;
import app.pathwise.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo company as the test profile seeds it. Other tests share the database, so this looks at
 * the demo's own people (numbers E00001 to E00300) and departments (under the company).
 */
@IntegrationTest
class DemoOrganisationTests {

    private static final String DEMO_PEOPLE = "employee_number between 'E00001' and 'E00300'";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoOrganisationSeeder seeder;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    ReportingLines reportingLines;

    @Test
    void seedsThreeHundredEmployeesInADepartmentTreeOfAtLeastEightDepartments() {
        assertThat(count("select count(*) from employee where " + DEMO_PEOPLE)).isEqualTo(300);
        long departments = count("""
            with recursive tree(id) as (
                select id from department where code = 'DEMO'
                union all
                select d.id from department d join tree t on d.parent_id = t.id
            )
            select count(*) - 1 from tree
            """);
        assertThat(departments).isGreaterThanOrEqualTo(8);
        // Other tests add job titles of their own to the shared database: count the demo's people's.
        assertThat(count("select count(distinct job_title_id) from employee where " + DEMO_PEOPLE)).isBetween(15L, 100L);
    }

    @Test
    void theManagementTreeUnderTheChiefExecutiveHasFourOrFiveLayers() {
        long layers = count("""
            with recursive line(id, layer) as (
                select e.id, 1 from employee e where e.work_email = 'exec@example.com'
                union all
                select e.id, l.layer + 1 from employee e join line l on e.manager_id = l.id
            )
            select max(layer) from line
            """);
        assertThat(layers).isBetween(4L, 5L);
        assertThat(count("select count(*) from employee where manager_id is null and " + DEMO_PEOPLE)).isEqualTo(1);
    }

    @Test
    void theSixDemoAccountsSignInWithTheirRoles() {
        Map<String, List<String>> expected = Map.of(
            "employee@example.com", List.of("ROLE_EMPLOYEE"),
            "manager@example.com", List.of("ROLE_EMPLOYEE", "ROLE_MANAGER"),
            "manager2@example.com", List.of("ROLE_EMPLOYEE", "ROLE_MANAGER"),
            "hr@example.com", List.of("ROLE_EMPLOYEE", "ROLE_HR"),
            "exec@example.com", List.of("ROLE_EMPLOYEE", "ROLE_MANAGER", "ROLE_EXECUTIVE"),
            "admin@example.com", List.of("ROLE_EMPLOYEE", "ROLE_ADMIN"));
        expected.forEach((email, roles) -> {
            var user = users.loadUserByUsername(email);
            assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).as(email)
                .containsExactlyInAnyOrderElementsOf(roles);
            assertThat(passwordEncoder.matches("pathwise-demo", user.getPassword())).as(email).isTrue();
            assertThat(user.isEnabled()).isTrue();
        });
        assertThat(jdbc.queryForList("""
            select a.language from account a join employee e on e.id = a.employee_id
             where a.email in ('employee@example.com', 'manager@example.com', 'manager2@example.com',
                               'hr@example.com', 'exec@example.com', 'admin@example.com')
               and e.work_email = a.email
            """, String.class)).hasSize(6).containsOnly("en");
        assertThat(jdbc.queryForList("""
            select r.role from account_role r join account a on a.id = r.account_id
             where a.email in ('employee@example.com', 'manager@example.com', 'manager2@example.com')
            """, String.class)).isEmpty();
        assertThat(departmentName("hr@example.com")).isEqualTo("People & Culture");
    }

    @Test
    void theEmployeeReportsToTheManagerWhoAlsoHasIndirectReports() {
        long manager = employeeId("manager@example.com");
        long employee = employeeId("employee@example.com");

        assertThat(jdbc.queryForObject("select manager_id from employee where id = ?", Long.class, employee))
            .isEqualTo(manager);
        assertThat(count("""
            select count(*) from employee lead join employee report on report.manager_id = lead.id
             where lead.manager_id = %d and report.status <> 'INACTIVE'
            """.formatted(manager))).isPositive();
        assertThat(topDepartmentName("manager@example.com")).isEqualTo("Engineering");
    }

    @Test
    void theSecondManagerWorksInSalesOutsideTheFirstManagersLine() {
        long manager = employeeId("manager@example.com");
        long otherManager = employeeId("manager2@example.com");

        assertThat(topDepartmentName("manager2@example.com")).isEqualTo("Sales");
        assertThat(reportingLines.isInReportingLine(manager, otherManager)).isFalse();
        assertThat(reportingLines.isInReportingLine(otherManager, manager)).isFalse();
        assertThat(reportingLines.isInReportingLine(otherManager, employeeId("employee@example.com"))).isFalse();
        assertThat(reportingLines.hasReports(otherManager)).isTrue();
    }

    @Test
    void someHaveLeftAndNoActiveEmployeeHasAnInactiveManager() {
        assertThat(count("select count(*) from employee where status = 'INACTIVE' and end_date is not null and "
            + DEMO_PEOPLE)).isBetween(8L, 30L);
        assertThat(count("select count(*) from employee where status = 'ON_LEAVE' and " + DEMO_PEOPLE)).isPositive();
        assertThat(count("""
            select count(*) from employee e join employee m on m.id = e.manager_id
             where e.status <> 'INACTIVE' and m.status = 'INACTIVE' and e.%s
            """.formatted(DEMO_PEOPLE))).isZero();
        assertThat(count("""
            select count(*) from employee e where e.status = 'INACTIVE' and %s
               and not exists (select 1 from job_history h where h.employee_id = e.id and h.change_kind = 'EXIT'
                                  and h.effective_date = e.end_date)
            """.formatted(DEMO_PEOPLE))).isZero();
    }

    @Test
    void namesAreVietnameseChineseAndEnglishAndSearchable() {
        assertThat(count("select count(*) from employee where full_name ~ '^Nguyễn (Thị|Văn) ' and " + DEMO_PEOPLE))
            .isPositive();
        assertThat(count("select count(*) from employee where full_name ~ '[一-鿿]' and " + DEMO_PEOPLE)).isPositive();
        assertThat(count("select count(*) from employee where full_name ~ '^[A-Za-z'' ]+$' and " + DEMO_PEOPLE))
            .isPositive();
        assertThat(jdbc.queryForList("select distinct preferred_language from employee where " + DEMO_PEOPLE,
            String.class)).containsExactlyInAnyOrder("en", "vi", "zh-CN");
        jdbc.query("select full_name, work_email, employee_number, search_text from employee where " + DEMO_PEOPLE,
            (rs, n) -> {
                assertThat(rs.getString(4)).isEqualTo(SearchText.normalise(
                    rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)));
                return null;
            });
    }

    @Test
    void everyEmployeeHasAJobHistoryStartingWithTheirHire() {
        assertThat(count("""
            select count(*) from employee e where %s
               and not exists (select 1 from job_history h where h.employee_id = e.id and h.change_kind = 'HIRE'
                                  and h.effective_date = e.hire_date)
            """.formatted(DEMO_PEOPLE))).isZero();
        assertThat(count("""
            select count(distinct h.change_kind) from job_history h join employee e on e.id = h.employee_id
             where %s
            """.formatted(DEMO_PEOPLE))).isGreaterThanOrEqualTo(5);
    }

    @Test
    void identitySequencesContinueAfterTheSeededRows() {
        for (String table : List.of("employee", "job_history")) {
            long last = count("select pg_sequence_last_value(pg_get_serial_sequence('" + table + "', 'id')::regclass)");
            assertThat(last).as(table).isGreaterThanOrEqualTo(count("select max(id) from " + table));
        }
    }

    @Test
    void seedingAgainChangesNothing() {
        List<Long> before = tableSizes();

        assertThat(seeder.seed(300)).isFalse();

        assertThat(tableSizes()).isEqualTo(before);
    }

    private List<Long> tableSizes() {
        return List.of("employee", "job_history", "department", "job_title", "account", "account_role", "competency",
                "competency_indicator", "certification", "employee_certification", "competency_rating", "job_family",
                "career_path", "career_path_version", "career_level", "level_competency", "level_certification",
                "level_job_title", "level_move").stream()
            .map(table -> count("select count(*) from " + table))
            .toList();
    }

    private long employeeId(String email) {
        return count("select id from employee where work_email = '" + email + "'");
    }

    private String departmentName(String email) {
        return jdbc.queryForObject("select d.name from employee e join department d on d.id = e.department_id "
            + "where e.work_email = ?", String.class, email);
    }

    private String topDepartmentName(String email) {
        return jdbc.queryForObject("""
            with recursive up(id, parent_id, name) as (
                select d.id, d.parent_id, d.name from employee e join department d on d.id = e.department_id
                 where e.work_email = ?
                union all
                select d.id, d.parent_id, d.name from department d join up on d.id = up.parent_id
            )
            select u.name from up u join department p on p.id = u.parent_id where p.code = 'DEMO'
            """, String.class, email);
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
