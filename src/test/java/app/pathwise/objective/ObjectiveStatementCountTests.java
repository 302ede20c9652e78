package app.pathwise.objective;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.sql.StatementCounter;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every objective page runs a fixed number of SQL statements, whether a person has one objective or
 * thirty, an objective one key result or ten with a long history, and a period a handful of
 * objectives or hundreds aligned several levels deep.
 */
@IntegrationTest
class ObjectiveStatementCountTests {

    static final Period SMALL = new Period(PeriodKind.YEAR, 2038, 1);
    static final Period LARGE = new Period(PeriodKind.YEAR, 2037, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long department;
    long manager;
    long small;
    long large;
    long smallObjective;
    long largeObjective;
    long smallKeyResult;
    long largeKeyResult;
    long smallCompany;
    long largeCompany;
    long largeDepartment;

    @BeforeEach
    void data() {
        Fixtures people = new Fixtures(jdbc, encoder);
        ObjectiveFixtures objectives = new ObjectiveFixtures(jdbc);
        String tag = Fixtures.unique("count");
        department = people.department("Counting Objectives " + tag);
        manager = people.employee("Counting Manager " + tag, null, department);
        small = people.employee("Counting Small " + tag, manager, department);
        large = people.employee("Counting Large " + tag, manager, department);
        smallCompany = objectives.company("Small company " + tag, SMALL);
        smallObjective = objectives.personal(small, "Small " + tag, SMALL, smallCompany);
        smallKeyResult = objectives.number(smallObjective, "Only", 0, 10, 1);

        largeCompany = objectives.company("Large company " + tag, LARGE);
        objectives.number(largeCompany, "c", 0, 10, 3);
        for (int d = 0; d < 12; d++) {
            long sub = people.department("Counting Sub " + d + " " + tag);
            long departmentObjective = objectives.department(sub, "Sub " + d, LARGE, largeCompany);
            objectives.number(departmentObjective, "s", 0, 10, d % 10);
            if (d == 0) {
                largeDepartment = departmentObjective;
            }
            for (int p = 0; p < 8; p++) {
                long person = people.employee("Counting Person " + d + "-" + p + " " + tag, manager, sub);
                long personal = objectives.personal(person, "Person " + d + "-" + p, LARGE, departmentObjective);
                objectives.number(personal, "p", 0, 10, p);
            }
        }
        for (int i = 0; i < 30; i++) {
            long objective = objectives.personal(large, "Large " + i + " " + tag, LARGE, largeCompany);
            for (int k = 0; k < 5; k++) {
                long keyResult = k == 4 ? objectives.milestones(objective, "m", 1, "a", "b", "c")
                    : objectives.number(objective, "k" + k, 0, 10, k);
                jdbc.update("insert into key_result_update (key_result_id, previous_value, value, recorded_by)"
                    + " values (?, 0, 1, ?)", keyResult, large);
                if (i == 0 && k == 0) {
                    largeObjective = objective;
                    largeKeyResult = keyResult;
                }
            }
        }
        for (int u = 0; u < 60; u++) {
            jdbc.update("insert into key_result_update (key_result_id, previous_value, value, note, recorded_by)"
                + " values (?, 0, 1, 'again', ?)", largeKeyResult, large);
        }
    }

    @Test
    void myObjectivesAndAPersonsObjectivesHaveFixedCosts() throws Exception {
        long mine = count(get("/objectives").param("period", "2038"), user(small));
        assertThat(mine).isEqualTo(3).isEqualTo(count(get("/objectives").param("period", "2037"), user(large)));
        long asHr = count(get("/people/" + small + "/objectives").param("period", "2038"), user(null, Role.HR));
        assertThat(asHr).isEqualTo(3)
            .isEqualTo(count(get("/people/" + large + "/objectives").param("period", "2037"), user(null, Role.HR)));
        assertThat(count(get("/people/" + large + "/objectives").param("period", "2037"), user(manager, Role.MANAGER)))
            .isEqualTo(asHr + 1);
    }

    @Test
    void anObjectivesPageHasAFixedCostWhateverItsKeyResultsHistoryAndAlignment() throws Exception {
        long own = count(get("/objectives/" + smallObjective), user(small));
        assertThat(own).isEqualTo(5).isEqualTo(count(get("/objectives/" + largeObjective), user(large)));
        assertThat(count(get("/objectives/" + largeObjective), user(manager, Role.MANAGER))).isEqualTo(own + 1);
        long company = count(get("/objectives/" + smallCompany), user(small));
        assertThat(company).isEqualTo(5)
            .isEqualTo(count(get("/objectives/" + largeCompany), user(large)))
            .isEqualTo(count(get("/objectives/" + largeCompany), user(null, Role.HR)))
            .isEqualTo(count(get("/objectives/" + largeCompany), user(manager, Role.MANAGER)));
        assertThat(count(get("/objectives/" + largeDepartment), user(manager, Role.MANAGER))).isEqualTo(company + 1);
    }

    @Test
    void theCompanyDepartmentAndAlignmentPagesHaveFixedCosts() throws Exception {
        long company = count(get("/objectives/company").param("period", "2038"), user(small));
        assertThat(company).isEqualTo(4)
            .isEqualTo(count(get("/objectives/company").param("period", "2037"), user(null, Role.HR)));
        long departmentPage = count(get("/objectives/departments/" + department).param("period", "2038"), user(small));
        assertThat(departmentPage).isEqualTo(5)
            .isEqualTo(count(get("/objectives/departments/" + department).param("period", "2037"), user(null, Role.HR)));
        assertThat(count(get("/objectives/departments/" + department).param("period", "2037"),
            user(manager, Role.MANAGER))).isEqualTo(departmentPage + 1);
        long tree = count(get("/objectives/alignment").param("period", "2038"), user(small));
        assertThat(tree).isEqualTo(2)
            .isEqualTo(count(get("/objectives/alignment").param("period", "2037"), user(large)))
            .isEqualTo(count(get("/objectives/alignment").param("period", "2037"), user(manager, Role.MANAGER)))
            .isEqualTo(count(get("/objectives/alignment").param("period", "2037"), user(null, Role.HR)));
    }

    @Test
    void theFormsHaveFixedCosts() throws Exception {
        assertThat(count(get("/objectives/new"), user(small))).isEqualTo(1);
        long edit = count(get("/objectives/" + smallObjective + "/edit"), user(small));
        assertThat(edit).isEqualTo(3).isEqualTo(count(get("/objectives/" + largeObjective + "/edit"), user(large)));
        long value = count(get("/objectives/" + smallObjective + "/key-results/" + smallKeyResult + "/value"),
            user(small));
        assertThat(value).isEqualTo(2)
            .isEqualTo(count(get("/objectives/" + largeObjective + "/key-results/" + largeKeyResult + "/value"),
                user(large)))
            .isEqualTo(count(get("/objectives/" + largeObjective + "/key-results/new"), user(large)));
    }

    private long count(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(request.with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }
}
