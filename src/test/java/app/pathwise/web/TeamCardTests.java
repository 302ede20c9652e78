package app.pathwise.web;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
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
 * The team on the home page and the employee page: the number of direct reports is all of them, also
 * when only the first ones are listed; the whole line counts indirect reports; the manager card.
 */
@IntegrationTest
class TeamCardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long boss;
    long manager;
    long firstReport;

    @BeforeEach
    void largeTeam() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        long department = fixtures.department(Fixtures.unique("Cards"));
        boss = fixtures.employee("Card Boss", null, department);
        manager = fixtures.employee("Card Manager", boss, department);
        for (int i = 0; i < 55; i++) {
            long report = fixtures.employee("Card Report %02d".formatted(i), manager, department);
            if (i == 0) {
                firstReport = report;
                fixtures.employee("Card Indirect", report, department);
            }
        }
        jdbc.update("update employee set status = 'INACTIVE', end_date = hire_date where full_name like 'Card Report 54%'"
            + " and manager_id = ?", manager);
    }

    @Test
    void theHomePageCountsEveryDirectReportAndListsTheFirstTwelve() throws Exception {
        Document home = page("/", manager, Role.MANAGER);
        assertThat(home.getElementById("direct-reports").text()).isEqualTo("54");
        assertThat(home.getElementById("line-size").text()).isEqualTo("55");
        assertThat(home.select("#my-reports li")).hasSize(12);
        assertThat(home.select("#my-reports li").first().text()).contains("Card Report 00");
        assertThat(home.getElementById("my-manager").text()).contains("Card Boss");
    }

    @Test
    void anEmployeePageCountsEveryDirectReportAndSaysHowManyAreListed() throws Exception {
        Document page = page("/people/" + manager, null, Role.HR);
        assertThat(page.text()).contains("54 direct reports, 55 people in the whole reporting line.");
        assertThat(page.getElementById("reports-cut").text()).isEqualTo("The first 50 by name are listed.");

        Document small = page("/people/" + firstReport, null, Role.HR);
        assertThat(small.text()).contains("1 direct report, 1 person in the whole reporting line.");
        assertThat(small.getElementById("reports-cut")).isNull();
    }

    @Test
    void someoneWithoutAManagerOrReportsSeesThatOnTheHomePage() throws Exception {
        Document home = page("/", boss, Role.MANAGER);
        assertThat(home.getElementById("my-manager")).isNull();
        assertThat(home.getElementById("direct-reports").text()).isEqualTo("1");
    }

    private Document page(String path, Long employee, Role role) throws Exception {
        String html = mvc.perform(get(path).with(user(user(employee, role)))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
