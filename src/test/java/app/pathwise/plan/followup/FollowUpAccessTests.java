package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every follow-up page and action against everyone around a plan: the employee, their reviewer, the
 * manager above, HR (reads only), a manager of another team, another employee and an executive (all
 * three: not found), and ids of another plan's check-ins in the address and in forms (not found).
 */
@IntegrationTest
class FollowUpAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanFixtures plans;
    Team t;
    LocalDate today = LocalDate.now();
    long plan;
    long checkIn;
    long otherPlan;
    long otherCheckIn;
    LocalDate currentPeriod;

    @BeforeEach
    void planAndNeighbours() {
        plans = new PlanFixtures(jdbc, encoder);
        t = plans.team("Access");
        // started eleven months ago: the review is open, the twelfth monthly period runs now
        LocalDate start = today.minusMonths(11);
        plan = plans.activePlan(t.employee(), start, today.plusDays(5), "MONTHLY");
        checkIn = plans.checkIn(plan, today.minusDays(25), today.minusDays(25), t.employee(), "On our way");
        otherPlan = plans.activePlan(t.otherEmployee(), start, today.plusDays(5), "MONTHLY");
        otherCheckIn = plans.checkIn(otherPlan, today.minusDays(20), today.minusDays(20), t.otherManager(),
            "Another plan");
        currentPeriod = ReportPeriods.all(start, start.plusYears(1).minusDays(1),
            app.pathwise.plan.ReportFrequency.MONTHLY).stream().filter(p -> p.contains(today)).findFirst()
            .orElseThrow().start();
    }

    List<String> pages() {
        String p = "/plans/" + plan;
        return List.of(p + "/check-ins", p + "/check-ins/" + checkIn, p + "/comments", p + "/reports", p + "/review");
    }

    @Test
    void theEmployeeTheirManagerLineAndHrReadEveryFollowUpPage() throws Exception {
        for (PathwiseUser reader : List.of(t.owner(), t.reviewer(), t.indirectManager(), t.hr())) {
            for (String page : pages()) {
                expect(get(page), reader, status().isOk());
            }
        }
    }

    @Test
    void anyoneElseFindsNoFollowUpPageAndNoAction() throws Exception {
        Map<String, MockHttpServletRequestBuilder> actions = Map.of(
            "new check-in form", get("/plans/" + plan + "/check-ins/new"),
            "record", checkInForm(post("/plans/" + plan + "/check-ins/new")),
            "feedback", post("/plans/" + plan + "/check-ins/" + checkIn).param("version", "0")
                .param("managerFeedback", "Well done"),
            "comment", post("/plans/" + plan + "/comments").param("body", "Hello"),
            "report", reportForm(),
            "review", reviewForm());
        for (PathwiseUser stranger : List.of(t.otherTeamManager(), t.anotherEmployee(), t.executive(),
            Fixtures.user(t.otherManager(), Role.MANAGER, Role.EXECUTIVE))) {
            for (String page : pages()) {
                expect(get(page), stranger, status().isNotFound());
            }
            for (MockHttpServletRequestBuilder action : actions.values()) {
                expect(action, stranger, status().isNotFound());
            }
        }
        assertThat(count("check_in")).isEqualTo(1);
        assertThat(count("plan_comment") + count("progress_report") + count("career_review")).isZero();
        assertThat(jdbc.queryForObject("select manager_feedback from check_in where id = ?", String.class, checkIn))
            .isNull();
    }

    @Test
    void theEmployeeAndTheReviewerRecordCheckInsTheRestOfTheLineAndHrDoNot() throws Exception {
        expect(get("/plans/" + plan + "/check-ins/new"), t.owner(), status().isOk());
        expect(get("/plans/" + plan + "/check-ins/new"), t.reviewer(), status().isOk());
        for (PathwiseUser reader : List.of(t.indirectManager(), t.hr())) {
            expect(get("/plans/" + plan + "/check-ins/new"), reader, status().isNotFound());
            expect(checkInForm(post("/plans/" + plan + "/check-ins/new")), reader, status().isNotFound());
        }
        expect(checkInForm(post("/plans/" + plan + "/check-ins/new")), t.owner(), status().is3xxRedirection());
        expect(checkInForm(post("/plans/" + plan + "/check-ins/new")), t.reviewer(), status().is3xxRedirection());
        assertThat(count("check_in")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from check_in where plan_id = ?", Long.class, otherPlan))
            .isEqualTo(1);
    }

    @Test
    void onlyTheReviewerGivesFeedback() throws Exception {
        for (PathwiseUser other : List.of(t.owner(), t.indirectManager(), t.hr())) {
            expect(post("/plans/" + plan + "/check-ins/" + checkIn).param("version", "0")
                .param("managerFeedback", "Not mine to give"), other, status().isNotFound());
        }
        expect(post("/plans/" + plan + "/check-ins/" + checkIn).param("version", "0")
            .param("managerFeedback", "Good progress"), t.reviewer(), status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select manager_feedback from check_in where id = ?", String.class, checkIn))
            .isEqualTo("Good progress");
    }

    @Test
    void theEmployeeAndTheManagerLineCommentHrDoesNot() throws Exception {
        for (PathwiseUser writer : List.of(t.owner(), t.reviewer(), t.indirectManager())) {
            expect(post("/plans/" + plan + "/comments").param("body", "Noted"), writer, status().is3xxRedirection());
        }
        expect(post("/plans/" + plan + "/comments").param("body", "HR reads only"), t.hr(), status().isNotFound());
        assertThat(count("plan_comment")).isEqualTo(3);
    }

    @Test
    void onlyTheEmployeeReports() throws Exception {
        for (PathwiseUser other : List.of(t.reviewer(), t.indirectManager(), t.hr())) {
            expect(reportForm(), other, status().isNotFound());
        }
        expect(reportForm(), t.owner(), status().is3xxRedirection());
        assertThat(count("progress_report")).isEqualTo(1);
    }

    @Test
    void onlyTheReviewerRecordsTheCareerReview() throws Exception {
        for (PathwiseUser other : List.of(t.owner(), t.indirectManager(), t.hr())) {
            expect(reviewForm(), other, status().isNotFound());
        }
        expect(reviewForm(), t.reviewer(), status().is3xxRedirection());
        assertThat(count("career_review")).isEqualTo(1);
    }

    @Test
    void hrActsAsReviewerWhenNobodyAboveTheEmployeeIsActive() throws Exception {
        plans.employmentStatus(t.manager(), "INACTIVE");
        plans.employmentStatus(t.head(), "ON_LEAVE");
        expect(get("/plans/" + plan + "/check-ins/new"), t.hr(), status().isOk());
        expect(post("/plans/" + plan + "/check-ins/" + checkIn).param("version", "0")
            .param("managerFeedback", "HR acting for the manager"), t.hr(), status().is3xxRedirection());
        expect(post("/plans/" + plan + "/comments").param("body", "HR, acting"), t.hr(), status().is3xxRedirection());
        expect(reviewForm(), t.hr(), status().is3xxRedirection());
        assertThat(count("career_review")).isEqualTo(1);
    }

    @Test
    void aCheckInOfAnotherPlanIsNotFoundInTheAddressOrInAForm() throws Exception {
        String wrong = "/plans/" + plan + "/check-ins/" + otherCheckIn;
        for (PathwiseUser user : List.of(t.owner(), t.reviewer(), t.hr())) {
            expect(get(wrong), user, status().isNotFound());
        }
        expect(post(wrong).param("version", "0").param("managerFeedback", "Wrong plan"), t.reviewer(),
            status().isNotFound());
        expect(post("/plans/" + plan + "/comments").param("body", "Wrong check-in")
            .param("checkInId", String.valueOf(otherCheckIn)), t.owner(), status().isNotFound());
        expect(post("/plans/" + plan + "/comments").param("body", "")
            .param("checkInId", String.valueOf(otherCheckIn)), t.owner(), status().isNotFound());
        expect(post("/plans/" + plan + "/comments").param("body", "Not a number").param("checkInId", "x"),
            t.owner(), status().isNotFound());
        for (String page : List.of("/plans/" + otherPlan + "/check-ins", "/plans/" + otherPlan + "/reports")) {
            expect(get(page), t.owner(), status().isNotFound());
            expect(get(page), t.reviewer(), status().isNotFound());
        }
        expect(get("/plans/999999999/check-ins"), t.hr(), status().isNotFound());
        assertThat(jdbc.queryForObject("select manager_feedback from check_in where id = ?", String.class,
            otherCheckIn)).isNull();
        assertThat(count("plan_comment")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan_comment where plan_id = ?", Long.class, otherPlan))
            .isZero();
    }

    private MockHttpServletRequestBuilder checkInForm(MockHttpServletRequestBuilder request) {
        return request.param("heldOn", today.toString()).param("mode", "MEETING")
            .param("progressSummary", "Finished the course");
    }

    private MockHttpServletRequestBuilder reportForm() {
        return post("/plans/" + plan + "/reports").param("periodStart", currentPeriod.toString())
            .param("progress", "Shipped the design review");
    }

    private MockHttpServletRequestBuilder reviewForm() {
        return post("/plans/" + plan + "/review").param("heldOn", today.toString()).param("outcome", "ON_TRACK")
            .param("readinessBefore", "40").param("readinessAfter", "65").param("summary", "A good year");
    }

    /** Rows of the table about the plan under test. */
    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where plan_id = ?", Long.class, plan);
    }

    private void expect(MockHttpServletRequestBuilder request, PathwiseUser as, ResultMatcher matcher)
        throws Exception {
        mvc.perform(request.with(user(as)).with(csrf())).andExpect(matcher);
    }
}
