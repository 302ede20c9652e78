package app.pathwise.plan.team;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

/**
 * Approving several submitted plans at once: one rhythm for all, all of them approved or none, with
 * the reason named when none is; bad input is shown next to its field with the ticks kept.
 */
@IntegrationTest
class TeamApprovalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    TeamFixtures f;
    long manager;
    long first;
    long second;
    long third;
    PathwiseUser reader;

    @BeforeEach
    void team() {
        f = new TeamFixtures(jdbc, encoder);
        manager = f.person("Bulk Manager", null);
        first = f.plan(f.person("Bulk First", manager), "SUBMITTED");
        second = f.plan(f.person("Bulk Second", manager), "SUBMITTED");
        third = f.plan(f.person("Bulk Third", manager), "SUBMITTED");
        reader = user(manager, Role.MANAGER);
    }

    @Test
    void theTickedPlansAreApprovedTogetherWithTheSameRhythm() throws Exception {
        mvc.perform(approve(first + ":" + f.version(first), second + ":" + f.version(second))
                .param("back", "/team?scope=line&sort=progress&dir=desc"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/team?scope=line&sort=progress&dir=desc"))
            .andExpect(flash().attributeExists("flashSuccess"));
        for (long plan : new long[] {first, second}) {
            Map<String, Object> row = jdbc.queryForMap("""
                select status, rhythm_frequency, rhythm_mode, first_check_in_on, next_check_in_on, report_frequency,
                       approved_by from development_plan where id = ?
                """, plan);
            assertThat(row.get("status")).isEqualTo("ACTIVE");
            assertThat(row.get("rhythm_frequency")).isEqualTo("QUARTERLY");
            assertThat(row.get("rhythm_mode")).isEqualTo("WRITTEN");
            assertThat(row.get("first_check_in_on").toString()).isEqualTo(f.today.plusDays(7).toString());
            assertThat(row.get("next_check_in_on").toString()).isEqualTo(f.today.plusDays(7).toString());
            assertThat(row.get("report_frequency")).isEqualTo("QUARTERLY");
            assertThat(((Number) row.get("approved_by")).longValue()).isEqualTo(manager);
            assertThat(jdbc.queryForObject("select count(*) from plan_event where plan_id = ? and kind = 'APPROVED'",
                Long.class, plan)).isEqualTo(1);
        }
        assertThat(f.status(third)).isEqualTo("SUBMITTED");
    }

    @Test
    void aPlanChangedSinceTheListWasShownStopsTheWholeApprovalAndIsNamed() throws Exception {
        String stale = second + ":" + f.version(second);
        jdbc.update("update development_plan set version = version + 1 where id = ?", second);
        MvcResult result = mvc.perform(approve(first + ":" + f.version(first), stale))
            .andExpect(status().isOk()).andExpect(model().attributeExists("view")).andReturn();
        assertThat(f.status(first)).isEqualTo("SUBMITTED");
        assertThat(f.status(second)).isEqualTo("SUBMITTED");
        assertThat(errors(result).getGlobalError().getCode()).isEqualTo("plan.team.approve.stale");
        assertThat(errors(result).getGlobalError().getArguments()[0].toString()).startsWith("Bulk Second");
        assertThat(result.getResponse().getContentAsString()).containsPattern(
            "value=\"" + first + ":\\d+\"\\s+aria-label=\"[^\"]*\"\\s+checked")
            .contains("Bulk Second");
    }

    @Test
    void aPlanNoLongerSubmittedStopsTheWholeApproval() throws Exception {
        jdbc.update("update development_plan set status = 'CHANGES_REQUESTED' where id = ?", third);
        MvcResult result = mvc.perform(approve(first + ":" + f.version(first), third + ":" + f.version(third)))
            .andExpect(status().isOk()).andReturn();
        assertThat(f.status(first)).isEqualTo("SUBMITTED");
        assertThat(errors(result).getGlobalError().getArguments()[0].toString()).startsWith("Bulk Third");
    }

    @Test
    void aRhythmThatDoesNotFitOnePlanRollsBackThePlansAlreadyApproved() throws Exception {
        f.endsOn(third, f.today.plusDays(3));
        MvcResult result = mvc.perform(approve(first + ":" + f.version(first), second + ":" + f.version(second),
            third + ":" + f.version(third))).andExpect(status().isOk()).andReturn();
        assertThat(f.status(first)).isEqualTo("SUBMITTED");
        assertThat(f.status(second)).isEqualTo("SUBMITTED");
        assertThat(f.status(third)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from plan_event where plan_id in (?, ?, ?)", Long.class,
            first, second, third)).isZero();
        BindingResult errors = errors(result);
        assertThat(errors.getGlobalError().getCode()).isEqualTo("plan.team.approve.refused");
        assertThat(errors.getFieldError("firstCheckInOn").getCode()).isEqualTo("plan.error.first-check-in-after-end");
    }

    @Test
    void nothingTickedAFirstCheckInInThePastOrAMissingRhythmIsShownNextToTheField() throws Exception {
        MvcResult none = mvc.perform(approve()).andExpect(status().isOk()).andReturn();
        assertThat(errors(none).getFieldError("plans").getCode()).isEqualTo("plan.team.approve.none-selected");
        assertThat(none.getResponse().getContentAsString()).contains("Tick at least one submitted plan.");
        MvcResult past = mvc.perform(approveFrom(f.today.minusDays(1), first + ":" + f.version(first)))
            .andExpect(status().isOk()).andReturn();
        assertThat(errors(past).getFieldError("firstCheckInOn").getCode()).isEqualTo("plan.team.approve.first-past");
        MvcResult missing = mvc.perform(post("/team/approve").with(csrf()).with(user(reader))
                .param("plans", first + ":" + f.version(first)).param("frequency", "MONTHLY").param("mode", "")
                .param("reportFrequency", "MONTHLY").param("firstCheckInOn", f.today.plusDays(7).toString()))
            .andExpect(status().isOk()).andReturn();
        assertThat(errors(missing).hasFieldErrors("mode")).isTrue();
        assertThat(missing.getResponse().getContentAsString()).contains("id=\"error-summary\"");
        assertThat(f.status(first)).isEqualTo("SUBMITTED");
    }

    @Test
    void aBackAddressOutsideTheTeamViewIsIgnored() throws Exception {
        mvc.perform(approve(first + ":" + f.version(first)).param("back", "https://evil.example.com/team"))
            .andExpect(redirectedUrl("/team"));
        mvc.perform(approve(second + ":" + f.version(second)).param("back", "//evil.example.com/team?x"))
            .andExpect(redirectedUrl("/team"));
    }

    private MockHttpServletRequestBuilder approve(String... plans) {
        return approveFrom(f.today.plusDays(7), plans);
    }

    private MockHttpServletRequestBuilder approveFrom(LocalDate firstCheckIn, String... plans) {
        MockHttpServletRequestBuilder request = post("/team/approve").with(csrf()).with(user(reader))
            .param("frequency", "QUARTERLY").param("mode", "WRITTEN").param("reportFrequency", "QUARTERLY")
            .param("firstCheckInOn", firstCheckIn.toString());
        for (String plan : plans) {
            request.param("plans", plan);
        }
        return request;
    }

    private static BindingResult errors(MvcResult result) {
        return (BindingResult) result.getModelAndView().getModel()
            .get(BindingResult.MODEL_KEY_PREFIX + "approval");
    }
}
