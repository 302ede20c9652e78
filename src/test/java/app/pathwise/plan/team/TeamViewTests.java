package app.pathwise.plan.team;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the team view lists: the direct reports (and those whose manager is away) or the whole line,
 * each with their open plan, its progress, overdue actions and check-in; the counts above; filters,
 * sorting and paging.
 */
@IntegrationTest
class TeamViewTests {

    @Autowired
    TeamQueries queries;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    TeamFixtures f;
    long manager;
    long active;
    long activePlan;
    long submitted;
    long submittedPlan;
    long withoutPlan;
    long lead;
    long leadReport;
    long awayLead;
    long awayReport;
    long awayReportPlan;
    PathwiseUser reader;

    @BeforeEach
    void team() {
        f = new TeamFixtures(jdbc, encoder);
        manager = f.person("View Manager", null);
        active = f.person("Anna Active", manager);
        activePlan = f.planBehindSchedule(active);
        submitted = f.person("Bao Submitted", manager);
        long old = f.plan(submitted, "COMPLETED");
        f.action(old, "DONE", f.today.minusDays(60));
        submittedPlan = f.plan(submitted, "SUBMITTED");
        f.action(submittedPlan, "PLANNED", f.today.plusDays(60));
        withoutPlan = f.person("Chen Without", manager);
        lead = f.person("Dung Lead", manager);
        f.plan(lead, "DRAFT");
        leadReport = f.person("Emma Lead Report", lead);
        f.plan(leadReport, "SUBMITTED");
        awayLead = f.person("Phuong Away Lead", manager);
        f.status(awayLead, "ON_LEAVE");
        awayReport = f.person("Gia Away Report", awayLead);
        awayReportPlan = f.plan(awayReport, "SUBMITTED");
        long gone = f.person("Hana Gone", manager);
        f.status(gone, "INACTIVE");
        reader = user(manager, Role.MANAGER);
    }

    @Test
    void theTeamIsTheDirectReportsAndThoseWhosePlansTheManagerDecidesForAnAbsentManager() {
        TeamView view = queries.team(reader, TeamFilter.everyone(), 0, 25);
        assertThat(view.scope()).isEqualTo(TeamScope.TEAM);
        assertThat(ids(view)).containsExactlyInAnyOrder(active, submitted, withoutPlan, lead, awayLead, awayReport);
        TeamMember away = member(view, awayReport);
        assertThat(away.managerAway()).isTrue();
        assertThat(away.awaitingReader()).isTrue();
        assertThat(view.summary().awaiting()).isEqualTo(2);
        assertThat(view.scopes()).containsExactly(TeamScope.TEAM, TeamScope.LINE);
    }

    @Test
    void theKeptViewFollowsEveryChangeToTheTeamsPlansAndPeople() throws Exception {
        String before = table();
        assertThat(table()).isEqualTo(before);
        f.action(activePlan, "DONE", LocalDate.now().minusDays(1));
        String done = table();
        assertThat(done).isNotEqualTo(before);
        f.plan(withoutPlan, "DRAFT");
        assertThat(table()).isNotEqualTo(done);
        jdbc.update("update employee set full_name = 'Anna Renamed' where id = ?", active);
        assertThat(table()).contains("Anna Renamed");
    }

    private String table() throws Exception {
        return Jsoup.parse(mvc.perform(get("/team").with(user(reader))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString()).select("#team-results").text();
    }

    @Test
    void theLineHasEveryoneBelowAndOnlyTheirOwnManagerDecides() {
        TeamView view = queries.team(reader, TeamFilter.everyone().withScope(TeamScope.LINE), 0, 25);
        assertThat(ids(view)).containsExactlyInAnyOrder(active, submitted, withoutPlan, lead, leadReport, awayLead,
            awayReport);
        TeamMember indirect = member(view, leadReport);
        assertThat(indirect.state()).isEqualTo(PlanState.SUBMITTED);
        assertThat(indirect.awaitingReader()).isFalse();
        assertThat(indirect.managerName()).startsWith("Dung Lead");
        assertThat(view.summary().awaiting()).isEqualTo(2);
        assertThat(view.summary().people()).isEqualTo(7);
    }

    @Test
    void eachPersonShowsTheirOpenPlanWithProgressOverdueActionsAndTheCheckIn() {
        TeamView view = queries.team(reader, TeamFilter.everyone(), 0, 25);
        TeamMember anna = member(view, active);
        assertThat(anna.planId()).isEqualTo(activePlan);
        assertThat(anna.state()).isEqualTo(PlanState.ACTIVE);
        assertThat(anna.actions()).isEqualTo(4);
        assertThat(anna.done()).isEqualTo(2);
        assertThat(anna.progressPercent()).isEqualTo(50);
        assertThat(anna.overdue()).isEqualTo(1);
        assertThat(anna.missed()).isTrue();
        assertThat(anna.nextCheckInOn()).isEqualTo(f.today.minusDays(2));
        TeamMember bao = member(view, submitted);
        assertThat(bao.planId()).as("the open plan, not the completed one").isEqualTo(submittedPlan);
        assertThat(bao.awaitingReader()).isTrue();
        assertThat(bao.nextCheckInOn()).isNull();
        TeamMember chen = member(view, withoutPlan);
        assertThat(chen.state()).isEqualTo(PlanState.NO_PLAN);
        assertThat(chen.progressPercent()).isNull();
        assertThat(view.summary().missedCheckIns()).isEqualTo(1);
        assertThat(view.summary().peopleOverdue()).isEqualTo(1);
        assertThat(view.summary().overdueActions()).isEqualTo(1);
        assertThat(view.summary().withoutPlan()).isEqualTo(2);
    }

    @Test
    void filtersNarrowTheListButNotTheSummary() {
        assertThat(ids(filter(PlanState.SUBMITTED, false, false, false, ""))).containsExactlyInAnyOrder(submitted,
            awayReport);
        assertThat(ids(filter(PlanState.NO_PLAN, false, false, false, ""))).containsExactlyInAnyOrder(withoutPlan,
            awayLead);
        assertThat(ids(filter(null, true, false, false, ""))).containsExactly(active);
        assertThat(ids(filter(null, false, true, false, ""))).containsExactly(active);
        assertThat(ids(filter(null, false, false, true, ""))).containsExactlyInAnyOrder(submitted, awayReport);
        assertThat(ids(filter(null, false, false, false, "bao subm"))).containsExactly(submitted);
        TeamView none = filter(PlanState.CLOSED, false, false, false, "");
        assertThat(none.page().rows()).isEmpty();
        assertThat(none.summary().people()).isEqualTo(6);
        assertThat(none.summary().matching()).isZero();
    }

    @Test
    void sortsByNameStatusProgressCheckInAndActivityEitherWay() {
        assertThat(ids(sorted(TeamSort.NAME, false))).containsExactly(active, submitted, withoutPlan, lead, awayReport,
            awayLead);
        assertThat(ids(sorted(TeamSort.NAME, true)).get(0)).isEqualTo(awayLead);
        assertThat(ids(sorted(TeamSort.STATUS, false)).subList(0, 2)).containsExactlyInAnyOrder(submitted, awayReport);
        assertThat(ids(sorted(TeamSort.PROGRESS, true)).get(0)).isEqualTo(active);
        assertThat(ids(sorted(TeamSort.NEXT_CHECK_IN, false)).get(0)).isEqualTo(active);
        f.lastActivity(submittedPlan, 0);
        f.lastActivity(activePlan, 30);
        List<Long> byActivity = ids(sorted(TeamSort.LAST_ACTIVITY, true));
        assertThat(byActivity.get(0)).isEqualTo(submitted);
        assertThat(byActivity.indexOf(active)).isGreaterThan(byActivity.indexOf(awayReport));
    }

    @Test
    void longLinesArePaged() {
        for (int i = 0; i < 30; i++) {
            f.person("Zz Paged " + (100 + i), lead);
        }
        TeamFilter line = TeamFilter.everyone().withScope(TeamScope.LINE);
        TeamView first = queries.team(reader, line, 0, 25);
        TeamView second = queries.team(reader, line, 1, 25);
        assertThat(first.page().total()).isEqualTo(37);
        assertThat(first.page().rows()).hasSize(25);
        assertThat(second.page().rows()).hasSize(12);
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        TeamView beyond = queries.team(reader, line, 9, 25);
        assertThat(beyond.page().page()).isEqualTo(1);
        assertThat(ids(beyond)).isEqualTo(ids(second));
    }

    @Test
    void hrSeesEveryoneWithoutAnActiveManagerAndDecidesOnTheirSubmittedPlans() {
        long hr = f.person("View HR", manager);
        TeamView view = queries.team(user(hr, Role.HR), named(awayReport), 0, 25);
        assertThat(view.scope()).isEqualTo(TeamScope.UNMANAGED);
        assertThat(ids(view)).containsExactly(awayReport);
        assertThat(member(view, awayReport).awaitingReader()).isTrue();
        assertThat(ids(queries.team(user(hr, Role.HR), named(manager), 0, 25))).containsExactly(manager);
        assertThat(queries.team(user(hr, Role.HR), named(active), 0, 25).page().rows()).isEmpty();
    }

    private TeamFilter named(long employee) {
        String name = jdbc.queryForObject("select full_name from employee where id = ?", String.class, employee);
        return new TeamFilter(null, null, false, false, false, name, TeamSort.NAME, false);
    }

    private TeamView filter(PlanState state, boolean overdue, boolean missed, boolean awaiting, String query) {
        return queries.team(reader, new TeamFilter(null, state, overdue, missed, awaiting, query, TeamSort.NAME, false),
            0, 25);
    }

    private TeamView sorted(TeamSort sort, boolean descending) {
        return queries.team(reader, new TeamFilter(null, null, false, false, false, "", sort, descending), 0, 25);
    }

    private static List<Long> ids(TeamView view) {
        return view.page().rows().stream().map(TeamMember::employeeId).toList();
    }

    private static TeamMember member(TeamView view, long employee) {
        return view.page().rows().stream().filter(m -> m.employeeId() == employee).findFirst().orElseThrow();
    }
}
