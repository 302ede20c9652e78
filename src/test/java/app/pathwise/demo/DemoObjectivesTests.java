package app.pathwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.objective.ObjectiveQueries;
import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.objective.PeriodKind;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The objectives the test profile seeds with the demo company: company objectives for the current
 * quarter and year, department objectives aligned to them, and personal objectives of the demo
 * employee and their colleagues aligned to those, partly progressed with history.
 */
@IntegrationTest
class DemoObjectivesTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectiveQueries queries;

    @Test
    void theDemoEmployeeHasObjectivesForTheQuarterAndTheYearAlignedUpToTheCompany() {
        long employee = employee("employee@example.com");
        LocalDate today = LocalDate.now();
        List<ObjectiveView> objectives = queries.forEmployee(employee, today);
        assertThat(objectives).extracting(o -> o.period().kind())
            .contains(PeriodKind.QUARTER, PeriodKind.YEAR);
        assertThat(objectives).allSatisfy(o -> {
            assertThat(o.scope()).isEqualTo(ObjectiveScope.PERSONAL);
            assertThat(o.parentId()).isNotNull();
            assertThat(o.keyResults()).isNotEmpty();
        });
        ObjectiveView quarter = objectives.stream().filter(o -> o.period().kind() == PeriodKind.QUARTER).findFirst()
            .orElseThrow();
        assertThat(quarter.parentScope()).isEqualTo(ObjectiveScope.DEPARTMENT);
        // the department objective (the unit's, then the department's above it) leads up to a company objective
        assertThat(jdbc.queryForObject("""
            with recursive up(id, parent_id, scope) as (
                select id, parent_id, scope from objective where id = ?
                union all
                select o.id, o.parent_id, o.scope from objective o join up on o.id = up.parent_id
            )
            select scope from up where parent_id is null
            """, String.class, quarter.parentId())).isEqualTo("COMPANY");
        assertThat(jdbc.queryForObject("""
            select count(*) from key_result_update u join key_result k on k.id = u.key_result_id
              join objective o on o.id = k.objective_id where o.owner_id = ?
            """, Integer.class, employee)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from objective where owner_id = ? and status = 'CLOSED'",
            Integer.class, employee)).isEqualTo(1);
    }

    @Test
    void companyAndEveryTopLevelDepartmentHaveObjectivesAndTheTeamsOfBothDemoManagersHavePersonalOnes() {
        LocalDate today = LocalDate.now();
        assertThat(jdbc.queryForObject("select count(*) from objective where scope = 'COMPANY'"
            + " and starts_on <= ? and ends_on >= ? and title like 'Make every manager a coach'", Integer.class,
            today, today)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
            select count(distinct d.id) from department d join department root on root.id = d.parent_id
              join objective o on o.department_id = d.id
             where root.code = 'DEMO' and o.starts_on <= ? and o.ends_on >= ?
            """, Integer.class, today, today)).isEqualTo(8);
        for (String manager : List.of("manager@example.com", "manager2@example.com")) {
            long id = employee(manager);
            assertThat(jdbc.queryForObject("""
                select count(distinct o.owner_id) from objective o join employee e on e.id = o.owner_id
                 where e.manager_id = ? and o.scope = 'PERSONAL' and o.parent_id is not null
                """, Integer.class, id)).isGreaterThanOrEqualTo(2);
        }
        // personal objectives take each person's language: some are in Vietnamese or Chinese
        assertThat(jdbc.queryForObject("""
            select count(*) from objective o join employee e on e.id = o.owner_id
             where e.preferred_language <> 'en' and o.title !~ '^[A-Za-z ]+$'
            """, Integer.class)).isPositive();
        // bounded: the demo seeds only the demo managers' teams, whatever the size of the company
        assertThat(jdbc.queryForObject("select count(*) from objective where scope = 'PERSONAL' and owner_id in"
            + " (select id from employee where employee_number between 'E00001' and 'E99999')", Integer.class))
            .isLessThan(40);
    }

    private long employee(String email) {
        return jdbc.queryForObject("select employee_id from account where email = ?", Long.class, email);
    }
}
