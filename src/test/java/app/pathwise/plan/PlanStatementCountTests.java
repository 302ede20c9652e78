package app.pathwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.CareerPathFixtures;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.sql.StatementCounter;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan pages run a fixed number of SQL statements, whether the plan has one goal and one action
 * or dozens of each with a long history and many earlier plans.
 */
@IntegrationTest
class PlanStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlanService plans;

    PlanFixtures f;
    long small;
    long large;
    long largeEmployee;

    @BeforeEach
    void plans() {
        f = new PlanFixtures(jdbc, encoder, plans);
        small = f.draft();
        largeEmployee = new Fixtures(jdbc, encoder).employee("Large Plan Employee " + f.world.tag(), f.manager);
        new CareerPathFixtures(jdbc).giveJobTitle(largeEmployee, f.world.titles()[1]);
        LocalDate today = PlanFixtures.TODAY;
        for (int i = 0; i < 6; i++) {
            plan(largeEmployee, "CLOSED", today.minusYears(i + 1));
        }
        large = plan(largeEmployee, "ACTIVE", today.minusMonths(2));
        long[] competencies = {f.world.coding(), f.world.design(), f.world.mentoring(), f.world.negotiation(),
            f.world.stakeholders()};
        for (long competency : competencies) {
            jdbc.update("insert into plan_gap (plan_id, competency_id, level_id, required_level, current_level)"
                + " values (?, ?, ?, 4, 1)", large, competency, f.world.levels()[2]);
        }
        for (int i = 0; i < 20; i++) {
            jdbc.update("insert into career_goal (plan_id, horizon, target_level_id, target_text, why, position)"
                + " values (?, ?, ?, ?, 'Because', ?)", large, i % 2 == 0 ? "SHORT" : "LONG",
                i % 3 == 0 ? null : f.world.levels()[i % 4], i % 3 == 0 ? "Own words " + i : null, i);
        }
        String[] kinds = {"COURSE", "MENTORING", "STRETCH_ASSIGNMENT", "JOB_ROTATION", "SELF_STUDY", "CERTIFICATION",
            "OTHER"};
        String[] statuses = {"PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"};
        for (int i = 0; i < 60; i++) {
            String status = statuses[i % 4];
            jdbc.update("insert into development_action (plan_id, gap_id, kind, title, due_on, status, evidence_text,"
                + " completed_on) values (?, (select min(id) from plan_gap where plan_id = ?), ?, ?, ?, ?, ?, ?)",
                large, large, kinds[i % kinds.length], "Action " + i, Date.valueOf(today.plusDays(i - 30)), status,
                "DONE".equals(status) ? "Evidence " + i : null, "DONE".equals(status) ? Date.valueOf(today) : null);
        }
        for (int i = 0; i < 30; i++) {
            jdbc.update("insert into plan_event (plan_id, kind, actor_id, comment, occurred_at)"
                + " values (?, ?, ?, 'Comment', now() - make_interval(days => ?))", large,
                i % 2 == 0 ? "SUBMITTED" : "CHANGES_REQUESTED", i % 2 == 0 ? largeEmployee : f.manager, 60 - i);
        }
    }

    @Test
    void thePlanPageCostsTheSameForASmallAndALargePlan() throws Exception {
        long owner = count(get("/plans/" + small), f.employeeUser());
        // access 1 + the plan 5 + the follow-up summary 2
        assertThat(owner).isEqualTo(8)
            .isEqualTo(count(get("/plans/" + large), Fixtures.user(largeEmployee)))
            .isEqualTo(count(get("/plans/" + small), f.managerUser()))
            .isEqualTo(count(get("/plans/" + large), f.managerUser()))
            .isEqualTo(count(get("/plans/" + large), f.hrUser()));
        // kept until the plan changes (ADR 0016): the reader's access and the plan's stamp only
        assertThat(count(get("/plans/" + large), f.hrUser())).isEqualTo(1);
        assertThat(count(get("/plans/" + small), f.managerUser())).isEqualTo(1);
    }

    @Test
    void myPlanCostsTheSameForASmallAndALargePlan() throws Exception {
        long mine = count(get("/plan"), f.employeeUser());
        // finding the open plan 1 + the plan page 8 (above)
        assertThat(mine).isEqualTo(8).isEqualTo(count(get("/plan"), Fixtures.user(largeEmployee)));
        // the reader's open plan, their access and its stamp are one statement
        assertThat(count(get("/plan"), f.employeeUser())).isEqualTo(1);
    }

    @Test
    void thePlanHistoryCostsTheSameForOneAndManyPlans() throws Exception {
        long one = count(get("/people/" + f.employee + "/plans"), f.employeeUser());
        assertThat(one).isEqualTo(2)
            .isEqualTo(count(get("/people/" + largeEmployee + "/plans"), Fixtures.user(largeEmployee)))
            .isEqualTo(count(get("/people/" + largeEmployee + "/plans"), f.managerUser()))
            .isEqualTo(count(get("/people/" + largeEmployee + "/plans"), Fixtures.user(f.hr, Role.HR)));
    }

    @Test
    void theStartPageAndTheFormPagesHaveFixedCosts() throws Exception {
        long start = count(get("/plan"), f.otherEmployeeUser());
        long otherStart = count(get("/plan"), Fixtures.user(new Fixtures(jdbc, encoder).employee(
            "Planless " + f.world.tag(), f.manager)));
        assertThat(start).isEqualTo(otherStart);
        long action = count(get("/plans/" + small + "/actions/new"), f.employeeUser());
        assertThat(action).isEqualTo(count(get("/plans/" + large + "/actions/new"), Fixtures.user(largeEmployee)));
    }

    private long plan(long employeeId, String status, LocalDate start) {
        boolean active = "ACTIVE".equals(status);
        return jdbc.queryForObject("""
            insert into development_plan (employee_id, status, title, starts_on, ends_on, rhythm_frequency,
                                          rhythm_mode, first_check_in_on, next_check_in_on, approved_at, closed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """, Long.class, employeeId, status, "Plan from " + start, Date.valueOf(start),
            Date.valueOf(start.plusYears(1)), active ? "MONTHLY" : null, active ? "MEETING" : null,
            active ? Date.valueOf(start.plusWeeks(2)) : null, active ? Date.valueOf(start.plusWeeks(2)) : null,
            active ? java.sql.Timestamp.valueOf(start.atStartOfDay()) : null,
            active ? null : java.sql.Timestamp.valueOf(start.plusMonths(6).atStartOfDay()));
    }

    private long count(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(request.with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }
}
