package app.pathwise.plan.team;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.sql.StatementCounter;
import app.pathwise.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page as the start of the day: my open plan and what is behind in it; a manager's team
 * counts, the same as the team view's, each leading to the team view filtered; the executives' paths
 * to approve; in a fixed number of statements.
 */
@IntegrationTest
class PlanHomeTests {

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
    long withoutPlan;

    @BeforeEach
    void team() {
        f = new TeamFixtures(jdbc, encoder);
        manager = f.person("Home Manager", null);
        active = f.person("Hana Active", manager);
        activePlan = f.planBehindSchedule(active);
        long submitted = f.person("Hieu Submitted", manager);
        f.plan(submitted, "SUBMITTED");
        withoutPlan = f.person("Hoa Without", manager);
    }

    @Test
    void myPlanShowsItsProgressWhatIsOverdueAndTheMissedCheckIn() throws Exception {
        Document home = home(user(active, Role.EMPLOYEE));
        assertThat(home.getElementById("my-plan-link").text()).isEqualTo("Plan ACTIVE");
        assertThat(home.getElementById("my-plan-link").attr("href")).isEqualTo("/plan");
        assertThat(home.getElementById("my-plan-card").text()).contains("Active").contains("2 of 4 actions done");
        assertThat(home.select("#my-plan-card progress").attr("value")).isEqualTo("50");
        assertThat(home.getElementById("my-overdue").text()).isEqualTo("1 action is past its due date");
        assertThat(home.getElementById("my-missed").text()).startsWith("The check-in due on");
        assertThat(home.getElementById("my-next-check-in")).isNull();
        assertThat(home.getElementById("team-card")).as("not a manager").isNull();
    }

    @Test
    void someoneWithoutAPlanIsInvitedToStartOneFromTheirGaps() throws Exception {
        Document home = home(user(withoutPlan, Role.EMPLOYEE));
        assertThat(home.getElementById("no-plan")).isNotNull();
        assertThat(home.select("#my-plan-card a").eachAttr("href"))
            .containsExactly("/plan", "/people/" + withoutPlan + "/gaps");
    }

    @Test
    void aDraftSaysWhatComesNextInTheReadersLanguage() throws Exception {
        f.plan(withoutPlan, "DRAFT");
        Document home = Jsoup.parse(mvc.perform(get("/").param("lang", "vi")
                .with(user(user(withoutPlan, Role.EMPLOYEE)))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
        assertThat(home.getElementById("my-plan-card").text()).contains("Bản nháp: hãy gửi cho quản lý khi đã sẵn sàng.");
    }

    @Test
    void aManagerSeesTheTeamViewsCountsEachLeadingToTheListFiltered() throws Exception {
        Document home = home(user(manager, Role.EMPLOYEE, Role.MANAGER));
        assertThat(home.select("#team-awaiting .pw-stat").text()).isEqualTo("1");
        assertThat(home.select("#team-missed .pw-stat").text()).isEqualTo("1");
        assertThat(home.select("#team-overdue .pw-stat").text()).isEqualTo("1");
        assertThat(home.select("#team-without-plan .pw-stat").text()).isEqualTo("1");
        assertThat(home.getElementById("team-awaiting").attr("href")).isEqualTo("/team?awaiting=true");
        assertThat(home.getElementById("team-without-plan").attr("href")).isEqualTo("/team?state=no-plan");
        assertThat(home.getElementById("team-all-clear")).isNull();
        assertThat(home.getElementById("approvals-card")).as("not an executive").isNull();
    }

    @Test
    void theCardsOfTheDayFollowEveryChangeToTheirNumbers() throws Exception {
        PathwiseUser employee = user(active, Role.EMPLOYEE);
        PathwiseUser boss = user(manager, Role.EMPLOYEE, Role.MANAGER);
        assertThat(home(employee).getElementById("my-plan-card").text()).contains("2 of 4 actions done");
        assertThat(home(boss).select("#team-overdue .pw-stat").text()).isEqualTo("1");
        jdbc.update("""
            update development_action set status = 'DONE', completed_on = current_date
             where plan_id = ? and status = 'PLANNED'
            """, activePlan);
        Document after = home(employee);
        assertThat(after.getElementById("my-plan-card").text()).contains("3 of 4 actions done");
        assertThat(after.getElementById("my-overdue")).isNull();
        assertThat(home(boss).select("#team-overdue .pw-stat").text()).isEqualTo("0");
    }

    @Test
    void anExecutiveSeesHowManyPathsAwaitApproval() throws Exception {
        long awaiting = jdbc.queryForObject("select count(*) from career_path_version where status = 'SUBMITTED'",
            Long.class);
        Document home = home(user(null, Role.EXECUTIVE));
        assertThat(home.getElementById("paths-awaiting").text()).contains(awaiting == 0 ? "No career path"
            : String.valueOf(awaiting));
        assertThat(home.getElementById("my-plan-card")).as("no employee record").isNull();
    }

    @Test
    void theHomePageRunsAFixedNumberOfStatements() throws Exception {
        // what the page says about the person is kept until the people generation changes (the fixtures
        // change it): the first request reads the person and their reports too
        assertThat(statements(user(withoutPlan, Role.EMPLOYEE))).as("first").isEqualTo(4)
            .isEqualTo(statements(user(active, Role.EMPLOYEE)));
        assertThat(statements(user(withoutPlan, Role.EMPLOYEE))).as("kept").isEqualTo(2)
            .isEqualTo(statements(user(active, Role.EMPLOYEE)));
        assertThat(statements(user(manager, Role.EMPLOYEE, Role.MANAGER))).as("first").isEqualTo(5);
        assertThat(statements(user(manager, Role.EMPLOYEE, Role.MANAGER))).as("kept").isEqualTo(3);
        assertThat(statements(user(null, Role.EXECUTIVE))).isEqualTo(1);
    }

    private Document home(PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(user(as))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }

    private long statements(PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/").with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }
}
