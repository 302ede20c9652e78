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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The team view runs one SQL statement, for a team of two and a line of a hundred with their plans alike. */
@IntegrationTest
class TeamStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long small;
    long large;

    @BeforeEach
    void teams() {
        TeamFixtures f = new TeamFixtures(jdbc, encoder);
        small = f.person("Count Small Manager", null);
        long only = f.person("Count Small Report", small);
        f.action(f.plan(only, "ACTIVE"), "DONE", f.today.minusDays(3));
        large = f.person("Count Large Manager", null);
        for (int i = 0; i < 20; i++) {
            long lead = f.person("Count Lead " + i, large);
            long leadPlan = f.plan(lead, i % 3 == 0 ? "SUBMITTED" : "ACTIVE");
            f.action(leadPlan, "PLANNED", f.today.minusDays(i));
            for (int j = 0; j < 4; j++) {
                long member = f.person("Count Member " + i + "." + j, lead);
                long plan = f.plan(member, j % 2 == 0 ? "ACTIVE" : "DRAFT");
                f.action(plan, "DONE", f.today.minusDays(10));
                f.action(plan, "IN_PROGRESS", f.today.plusDays(10));
            }
        }
    }

    /**
     * The team view reads its scope's stamp, then (the first time) the view itself: two statements, and
     * one while the view is kept (ADR 0016). htmx updates of the results read the view only.
     */
    @Test
    void theTeamViewCostsTheSameWhateverTheSizeOfTheTeamOrLine() throws Exception {
        PathwiseUser smallManager = user(small, Role.MANAGER);
        PathwiseUser largeManager = user(large, Role.MANAGER);
        long team = count(get("/team"), smallManager);
        assertThat(team).isEqualTo(2)
            .isEqualTo(count(get("/team"), largeManager))
            .isEqualTo(count(get("/team").param("scope", "line"), smallManager))
            .isEqualTo(count(get("/team").param("scope", "line"), largeManager))
            .isEqualTo(count(get("/team").param("scope", "line").param("page", "2").param("sort", "progress")
                .param("dir", "desc"), largeManager))
            .isEqualTo(count(get("/team").param("scope", "line").param("state", "active").param("overdue", "true")
                .param("q", "count member"), largeManager))
            .isEqualTo(count(get("/team").param("q", "Count Large"), user(null, Role.HR)));
        assertThat(count(get("/team").param("scope", "line").header("HX-Request", "true"), largeManager)).isEqualTo(1);
        assertThat(count(get("/team").param("scope", "line"), largeManager)).as("kept").isEqualTo(1);
        assertThat(count(get("/team"), smallManager)).as("kept").isEqualTo(1);
    }

    private long count(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(request.with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }
}
