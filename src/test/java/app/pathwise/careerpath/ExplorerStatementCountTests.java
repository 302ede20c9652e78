package app.pathwise.careerpath;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.CareerPathFixtures.World;
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
 * The explorer's pages, the gap page, the assessment page and the needs map run a fixed number of SQL
 * statements, whatever the size of the team, the framework or the history of ratings.
 */
@IntegrationTest
class ExplorerStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    CareerPathFixtures paths;
    World w;
    long smallManager;
    long largeManager;
    long smallReport;
    long largeReport;

    @BeforeEach
    void teams() {
        paths = new CareerPathFixtures(jdbc);
        Fixtures people = new Fixtures(jdbc, encoder);
        w = paths.world();
        long department = people.department("Counting Paths " + w.tag());
        smallManager = people.employee("Small Paths Manager", null, department);
        largeManager = people.employee("Large Paths Manager", null, department);
        smallReport = people.employee("Small Paths Report", smallManager, department);
        paths.giveJobTitle(smallReport, w.titles()[1]);
        paths.rate(smallReport, w.coding(), 2, "SELF", null);
        for (int i = 0; i < 40; i++) {
            long sub = people.department("Counting Sub " + i + " " + w.tag());
            long lead = people.employee("Paths Lead " + i, largeManager, sub);
            long member = people.employee("Paths Member " + i, lead, sub);
            paths.giveJobTitle(lead, w.titles()[i % 4]);
            paths.giveJobTitle(member, w.titles()[1]);
            for (long competency : new long[] {w.coding(), w.design(), w.mentoring()}) {
                paths.rate(lead, competency, 1 + i % 5, "SELF", null);
                paths.rate(lead, competency, 1 + (i + 1) % 5, "MANAGER", largeManager);
            }
            largeReport = lead;
        }
        paths.giveJobTitle(largeReport, w.titles()[1]);
    }

    /**
     * The list of paths and a ladder are kept rendered until the framework changes (the fixtures of each
     * test change it): the first request reads the generation and the content, the next ones only the
     * generation.
     */
    @Test
    void theExplorerPagesHaveFixedCosts() throws Exception {
        PathwiseUser small = user(smallReport);
        PathwiseUser large = user(largeReport);
        long browse = count(get("/paths"), small);
        assertThat(browse).isEqualTo(3).isEqualTo(count(get("/paths").param("page", "2"), large));
        assertThat(count(get("/paths"), small)).as("kept").isEqualTo(1);
        assertThat(count(get("/paths").param("q", "engineer"), small)).as("a search is not kept").isEqualTo(2)
            .isEqualTo(count(get("/paths").param("q", "engineer"), small));
        assertThat(count(get("/paths").param("q", "coding " + w.tag()).header("HX-Request", "true"), small))
            .isEqualTo(1);
        String ladder = "/paths/" + w.specialistPath();
        assertThat(count(get(ladder), small)).isEqualTo(5)
            .isEqualTo(count(get("/paths/" + w.managementPath()), large));
        assertThat(count(get(ladder), large)).as("kept for every reader on the same level").isEqualTo(1);
        assertThat(count(get(ladder), user(smallManager))).as("another level, another part").isEqualTo(5);
    }

    /**
     * A level page keeps its description of the level (kept per reader's level) and its parts about the
     * reader (their gap, the people to talk to; ADR 0017): the first reader of a level pays the reading
     * of the level, its lateral moves and the reader's parts; a kept page, one statement (the framework's
     * generation, the reader's level and stamp).
     */
    @Test
    void aLevelPageHasAFixedCostWhoeverReadsIt() throws Exception {
        String level = "/paths/" + w.specialistPath() + "/levels/E2";
        assertThat(count(get(level), user(smallReport))).isEqualTo(8)
            .isEqualTo(count(get(level), user(largeManager, Role.MANAGER)))
            .isEqualTo(count(get("/paths/" + w.specialistPath() + "/levels/E4"), user(largeReport)));
        assertThat(count(get(level), user(smallReport))).as("kept").isEqualTo(1)
            .isEqualTo(count(get(level), user(largeManager, Role.MANAGER)));
        assertThat(count(get(level), user(largeReport))).as("the description kept, the reader's parts not yet")
            .isEqualTo(7);
        assertThat(count(get(level), user(null, Role.HR))).isEqualTo(5);
        assertThat(count(get(level), user(null, Role.HR))).as("kept").isEqualTo(1);
    }

    @Test
    void comparingLevelsHasAFixedCost() throws Exception {
        PathwiseUser reader = user(smallReport);
        assertThat(count(get("/paths/compare").param("a", String.valueOf(w.levels()[0]))
            .param("b", String.valueOf(w.levels()[3])), reader)).isEqualTo(5)
            .isEqualTo(count(get("/paths/compare").param("a", String.valueOf(w.levels()[1]))
                .param("b", String.valueOf(w.managementLevels()[2])), reader));
        assertThat(count(get("/paths/compare").param("a", String.valueOf(w.levels()[0]))
            .param("b", String.valueOf(w.levels()[3])), user(largeManager, Role.MANAGER))).as("kept").isEqualTo(1);
        assertThat(count(get("/paths/compare"), reader)).isEqualTo(2);
    }

    @Test
    void theGapPageHasAFixedCost() throws Exception {
        long self = count(get("/people/" + smallReport + "/gaps"), user(smallReport));
        assertThat(self).isEqualTo(8)
            .isEqualTo(count(get("/people/" + largeReport + "/gaps"), user(largeReport)))
            .isEqualTo(count(get("/people/" + largeReport + "/gaps").param("target",
                String.valueOf(w.managementLevels()[2])), user(largeReport)));
        // a manager's access is checked before the stamp and again by the analysis
        assertThat(count(get("/people/" + smallReport + "/gaps"), user(smallManager, Role.MANAGER)))
            .isEqualTo(self + 2)
            .isEqualTo(count(get("/people/" + largeReport + "/gaps"), user(largeManager, Role.MANAGER)));
        // kept until the person's ratings, the people or the framework change (ADR 0017): the stamp only,
        // after the manager's access check
        assertThat(count(get("/people/" + largeReport + "/gaps"), user(largeReport))).as("kept").isEqualTo(1);
        assertThat(count(get("/people/" + largeReport + "/gaps"), user(largeManager, Role.MANAGER))).as("kept")
            .isEqualTo(2);
    }

    @Test
    void theAssessmentPageHasAFixedCost() throws Exception {
        long self = count(get("/people/" + smallReport + "/assessment"), user(smallReport));
        assertThat(self).isEqualTo(5).isEqualTo(count(get("/people/" + largeReport + "/assessment"), user(largeReport)));
        assertThat(count(get("/people/" + largeReport + "/assessment"), user(largeManager, Role.MANAGER)))
            .isEqualTo(self + 1);
    }

    @Test
    void theNeedsMapCostsTheSameForASmallTeamAndALargeLine() throws Exception {
        long small = count(get("/needs-map"), user(smallManager, Role.MANAGER));
        assertThat(small).isEqualTo(5)
            .isEqualTo(count(get("/needs-map"), user(largeManager, Role.MANAGER)))
            .isEqualTo(count(get("/needs-map").param("scope", "LINE"), user(largeManager, Role.MANAGER)))
            .isEqualTo(count(get("/needs-map").param("scope", "FAMILY").param("family", String.valueOf(w.family())),
                user(largeManager, Role.MANAGER)))
            .isEqualTo(count(get("/needs-map"), user(null, Role.HR)))
            .isEqualTo(count(get("/needs-map").param("scope", "FAMILY").param("family", String.valueOf(w.family())),
                user(null, Role.HR)));
        // kept until anyone's ratings, the people or the framework change (ADR 0017): the stamp only
        assertThat(count(get("/needs-map").param("scope", "LINE"), user(largeManager, Role.MANAGER))).as("kept")
            .isEqualTo(1);
    }

    private long count(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(request.with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }
}
