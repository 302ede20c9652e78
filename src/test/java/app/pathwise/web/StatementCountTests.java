package app.pathwise.web;

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
 * Every page runs a fixed number of SQL statements, whatever the size of the data: a small team and
 * a large one cost the same.
 */
@IntegrationTest
class StatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long smallManager;
    long largeManager;
    long smallReport;
    long largeReport;

    @BeforeEach
    void teams() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        long department = fixtures.department("Counting");
        long boss = fixtures.employee("Count Boss", null, department);
        smallManager = fixtures.employee("Small Team Manager", boss, department);
        largeManager = fixtures.employee("Large Team Manager", boss, department);
        smallReport = fixtures.employee("Small Report", smallManager, department);
        fixtures.account(smallReport, "not used for signing in");
        largeReport = 0;
        for (int i = 0; i < 40; i++) {
            long lead = fixtures.employee("Lead " + i, largeManager, department);
            largeReport = lead;
            fixtures.employee("Member " + i, lead, department);
        }
    }

    /**
     * The home page keeps what it says about the person rendered until the people generation changes (the
     * fixtures of each test change it): the first request reads the person and their reports too, the next
     * ones the generation with the person's stamp, their plan and their team's summary.
     */
    @Test
    void theHomePageCostsTheSameForASmallAndALargeTeam() throws Exception {
        PathwiseUser small = user(smallManager, Role.MANAGER);
        PathwiseUser large = user(largeManager, Role.MANAGER);
        assertThat(count(get("/"), small)).as("first").isEqualTo(5).isEqualTo(count(get("/"), large));
        assertThat(count(get("/"), small)).as("kept").isEqualTo(3).isEqualTo(count(get("/"), large));
    }

    /**
     * The directory is put together from a frame kept per filter and language and a row kept per person and
     * language (DirectoryView), and its browsing pages are kept whole. The first page reads the generation,
     * who is on it, their rows and the departments for the frame; another page has the frame. A search asks
     * who is on its page on every request, with the generation: one statement once its rows are kept.
     */
    @Test
    void theDirectoryCostsTheSameOnEveryPageAndSearch() throws Exception {
        PathwiseUser hr = user(null, Role.HR);
        assertThat(count(get("/people"), hr)).as("first").isEqualTo(4);
        assertThat(count(get("/people"), hr)).as("kept").isEqualTo(1);
        assertThat(count(get("/people").param("page", "3"), hr)).as("first").isEqualTo(3);
        assertThat(count(get("/people").param("page", "3"), hr)).as("kept").isEqualTo(1);
        assertThat(count(get("/people").param("q", "member"), hr)).as("a search, its rows read").isEqualTo(2);
        assertThat(count(get("/people").param("q", "member"), hr)).as("a search, its rows kept").isEqualTo(1);
        assertThat(count(get("/people").param("q", "member").param("page", "1"), hr)).as("its next page")
            .isEqualTo(2);
        assertThat(count(get("/people").param("q", "member").header("HX-Request", "true"), hr))
            .as("typed into the page").isEqualTo(1);
    }

    /**
     * An employee's record is kept rendered per kind of reader until the people generation changes; a
     * manager's access is checked on every request.
     */
    @Test
    void anEmployeePageCostsTheSameForASmallAndALargeLine() throws Exception {
        PathwiseUser hr = user(null, Role.HR);
        assertThat(count(get("/people/" + smallManager), hr)).as("first").isEqualTo(4)
            .isEqualTo(count(get("/people/" + largeManager), hr));
        assertThat(count(get("/people/" + smallManager), hr)).as("kept").isEqualTo(1)
            .isEqualTo(count(get("/people/" + largeManager), hr));
        PathwiseUser manager = user(largeManager, Role.MANAGER);
        assertThat(count(get("/people/" + largeReport), manager)).as("first").isEqualTo(5);
        assertThat(count(get("/people/" + largeReport), manager)).as("kept").isEqualTo(2);
    }

    @Test
    void administrationPagesHaveFixedCosts() throws Exception {
        PathwiseUser admin = user(null, Role.ADMIN);
        assertThat(count(get("/admin/accounts"), admin)).isEqualTo(3);
        assertThat(count(get("/admin/audit"), admin)).isEqualTo(2);
        assertThat(count(get("/organisation/departments"), admin)).isEqualTo(1);
        assertThat(count(get("/organisation/job-titles"), admin)).isEqualTo(1);
    }

    private long count(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(request.with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }
}
