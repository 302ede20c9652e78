package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.objective.ObjectiveFixtures;
import app.pathwise.objective.Period;
import app.pathwise.objective.PeriodKind;
import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.security.PathwiseUser;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Key-result values recorded in a check-in: on the employee's own personal objectives only, by the
 * employee or their manager, with the check-in; all or nothing with the check-in; shown on it.
 */
@IntegrationTest
class CheckInKeyResultTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    PlanFixtures plans;
    ObjectiveFixtures objectives;
    Team t;
    LocalDate today = LocalDate.now();
    long plan;
    long customers;
    long launch;
    long shipped;

    @BeforeEach
    void planWithObjectives() {
        plans = new PlanFixtures(jdbc, encoder);
        objectives = new ObjectiveFixtures(jdbc);
        t = plans.team("Check-in KR");
        plan = plans.activePlan(t.employee(), today.minusMonths(2), today.plusDays(3), null);
        Period quarter = Period.containing(PeriodKind.QUARTER, today);
        long objective = objectives.personal(t.employee(), "Grow the customer base", quarter, null);
        customers = objectives.number(objective, "New customers", 0, 20, 4);
        launch = objectives.milestones(objective, "Partner launch", 1, "Contract", "Pilot", "Go-live");
        shipped = objectives.keyResult(objective, "Case study published", "BOOLEAN", 0, 1, 0);
    }

    @Test
    void theFormListsTheEmployeesActiveKeyResultsAtTheirCurrentValues() throws Exception {
        long closed = objectives.personal(t.employee(), "Old goal", Period.containing(PeriodKind.QUARTER, today), null);
        long closedKeyResult = objectives.number(closed, "Old number", 0, 10, 2);
        objectives.close(closed);
        long others = objectives.personal(t.otherEmployee(), "Someone else's", Period.containing(PeriodKind.QUARTER,
            today), null);
        long othersKeyResult = objectives.number(others, "Not yours", 0, 10, 1);

        for (PathwiseUser as : List.of(t.owner(), t.reviewer())) {
            Document form = html(get("/plans/" + plan + "/check-ins/new"), as);
            assertThat(form.select("#key-results [id^=kr-row-]").eachAttr("id"))
                .containsExactly("kr-row-" + customers, "kr-row-" + launch, "kr-row-" + shipped);
            assertThat(form.selectFirst("#kr-value-" + customers).val()).isEqualTo("4");
            assertThat(form.selectFirst("#kr-value-" + launch + " option[selected]").val()).isEqualTo("1");
            assertThat(form.selectFirst("#kr-value-" + shipped + " option[selected]").val()).isEqualTo("0");
            assertThat(form.select("label[for=kr-value-" + customers + "]").text()).isEqualTo("New customers");
            assertThat(form.text()).doesNotContain("Old number", "Not yours");
        }
        assertThat(closedKeyResult).isNotEqualTo(othersKeyResult);
    }

    @Test
    void theManagerRecordsNewValuesWithTheCheckInAndUnchangedRowsChangeNothing() throws Exception {
        mvc.perform(checkIn(t.reviewer())
                .param("keyResults[0].id", String.valueOf(customers)).param("keyResults[0].value", "9")
                .param("keyResults[0].note", "  Five signed in November  ")
                .param("keyResults[1].id", String.valueOf(launch)).param("keyResults[1].value", "1")
                .param("keyResults[2].id", String.valueOf(shipped)).param("keyResults[2].value", "1"))
            .andExpect(redirectedUrl("/plans/" + plan + "/check-ins"));

        long checkIn = jdbc.queryForObject("select id from check_in where plan_id = ?", Long.class, plan);
        List<Map<String, Object>> updates = jdbc.queryForList("""
            select key_result_id, value, note, recorded_by, check_in_id from key_result_update
             where key_result_id in (?, ?, ?) order by id""", customers, launch, shipped);
        assertThat(updates).extracting(u -> u.get("key_result_id")).containsExactly(customers, shipped);
        assertThat(updates).allSatisfy(u -> assertThat(u).containsEntry("recorded_by", t.manager())
            .containsEntry("check_in_id", checkIn));
        assertThat(updates.get(0)).containsEntry("note", "Five signed in November");
        assertThat(objectives.current(customers)).isEqualByComparingTo("9");
        assertThat(objectives.current(launch)).isEqualByComparingTo("1");
        assertThat(objectives.current(shipped)).isEqualByComparingTo("1");
        assertThat(jdbc.queryForObject("select summary from audit_entry where entity_type = 'development_plan'"
            + " and entity_id = ? and action = 'plan.check-in-recorded'", String.class, plan))
            .contains("key results updated: 2");

        Document page = html(get("/plans/" + plan + "/check-ins/" + checkIn), t.owner());
        assertThat(page.select("#key-result-updates li").eachText()).hasSize(2);
        assertThat(page.select("#key-result-updates li").get(0).text()).contains("New customers",
            "Grow the customer base", "4", "9", "Five signed in November");
        assertThat(page.select("#key-result-updates li").get(1).text()).contains("Case study published", "Not done",
            "Done");
        assertThat(html(get("/plans/" + plan + "/check-ins"), t.owner()).select(".pw-key-result-count").eachText())
            .containsExactly("2 key results updated");
    }

    @Test
    void aValueThatDoesNotSuitItsKeyResultRefusesTheWholeCheckInWithTheInputKept() throws Exception {
        Document refused = html(checkIn(t.owner())
            .param("keyResults[0].id", String.valueOf(customers)).param("keyResults[0].value", "12")
            .param("keyResults[1].id", String.valueOf(launch)).param("keyResults[1].value", "7")
            .param("keyResults[2].id", String.valueOf(shipped)).param("keyResults[2].value", "")
            .param("keyResults[2].note", "Draft is with legal"), t.owner());
        assertThat(refused.selectFirst("#kr-value-" + launch).hasClass("is-invalid")).isTrue();
        assertThat(refused.selectFirst("#kr-value-" + launch + "-error").text())
            .isEqualTo("Choose how many milestones are reached.");
        assertThat(refused.selectFirst("#kr-value-" + shipped + "-error").text())
            .isEqualTo("Give a value to go with the note.");
        assertThat(refused.selectFirst("#kr-value-" + customers).val()).isEqualTo("12");
        assertThat(refused.selectFirst("#kr-note-" + shipped).val()).isEqualTo("Draft is with legal");
        assertThat(refused.selectFirst("#progressSummary").text()).isEqualTo("Finished the course");
        assertThat(jdbc.queryForObject("select count(*) from check_in where plan_id = ?", Long.class, plan)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from key_result_update where key_result_id in (?, ?, ?)",
            Long.class, customers, launch, shipped)).isZero();
        assertThat(objectives.current(customers)).isEqualByComparingTo("4");

        Document notANumber = html(checkIn(t.owner())
            .param("keyResults[0].id", String.valueOf(customers)).param("keyResults[0].value", "twelve"), t.owner());
        assertThat(notANumber.selectFirst("#kr-value-" + customers + "-error").text()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from check_in where plan_id = ?", Long.class, plan)).isZero();
    }

    @Test
    void aKeyResultOfSomeoneElseIsNotFoundAndNothingIsSaved() throws Exception {
        long others = objectives.personal(t.otherEmployee(), "Someone else's", Period.containing(PeriodKind.QUARTER,
            today), null);
        long othersKeyResult = objectives.number(others, "Not yours", 0, 10, 1);
        for (long keyResult : new long[] {othersKeyResult, 999_999_999L}) {
            mvc.perform(checkIn(t.reviewer()).param("keyResults[0].id", String.valueOf(keyResult))
                .param("keyResults[0].value", "5")).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from check_in where plan_id = ?", Long.class, plan)).isZero();
        assertThat(objectives.current(othersKeyResult)).isEqualByComparingTo("1");
    }

    private MockHttpServletRequestBuilder checkIn(PathwiseUser as) {
        return post("/plans/" + plan + "/check-ins/new").param("heldOn", today.toString()).param("mode", "MEETING")
            .param("progressSummary", "Finished the course").with(user(as)).with(csrf());
    }

    private Document html(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(as)).with(csrf())).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }
}
