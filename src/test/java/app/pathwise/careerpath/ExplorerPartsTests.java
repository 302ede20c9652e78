package app.pathwise.careerpath;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.security.PathwiseUser;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The explorer's kept parts (the list of paths, ladders, comparisons) follow every change to the
 * framework, whoever makes it and however; each reader still sees their own level marked and their own
 * language; and nothing personal or able to change anything is kept.
 */
@IntegrationTest
class ExplorerPartsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PasswordEncoder encoder;

    World w;
    PathwiseUser engineerTwo;
    PathwiseUser teamLead;

    @BeforeEach
    void framework() {
        CareerPathFixtures paths = new CareerPathFixtures(jdbc);
        Fixtures people = new Fixtures(jdbc, encoder);
        w = paths.world();
        long two = people.employee("Parts Engineer " + w.tag(), null);
        paths.giveJobTitle(two, w.titles()[1]);
        long lead = people.employee("Parts Lead " + w.tag(), null);
        paths.giveJobTitle(lead, w.teamLeadTitle());
        engineerTwo = user(two);
        teamLead = user(lead);
    }

    @Test
    void aChangedLevelTitleShowsOnTheNextRequest() throws Exception {
        String ladder = "/paths/" + w.specialistPath();
        String compare = "/paths/compare?a=" + w.levels()[1] + "&b=" + w.levels()[2];
        assertThat(html(ladder, engineerTwo).text()).contains("Engineer Two " + w.tag());
        assertThat(html(compare, engineerTwo).text()).contains("Engineer Two " + w.tag());
        assertThat(html("/paths?family=" + w.family(), engineerTwo).text()).contains("Levels: 4");

        jdbc.update("update career_level set title_en = ? where id = ?", "Engineer Deux " + w.tag(), w.levels()[1]);

        assertThat(html(ladder, engineerTwo).select(".pw-rung h3").eachText()).contains("Engineer Deux " + w.tag())
            .doesNotContain("Engineer Two " + w.tag());
        assertThat(html(compare, engineerTwo).text()).contains("Engineer Deux " + w.tag());
    }

    @Test
    void aNewLevelAndARemovedRequirementShowAtOnce() throws Exception {
        String ladder = "/paths/" + w.managementPath();
        assertThat(html(ladder, engineerTwo).text()).doesNotContain("Vice President " + w.tag());
        assertThat(html("/paths?family=" + w.family(), engineerTwo).text()).contains("Levels: 3");
        new CareerPathFixtures(jdbc).level(managementVersion(), "M4", 4, "Vice President " + w.tag(), "Phó chủ tịch", 12);
        assertThat(html(ladder, engineerTwo).text()).contains("Vice President " + w.tag());
        assertThat(html("/paths?family=" + w.family(), engineerTwo).text()).contains("Levels: 4", "Levels: 4");

        String compare = "/paths/compare?a=" + w.levels()[1] + "&b=" + w.levels()[2];
        assertThat(html(compare, engineerTwo).select("tr.pw-differs")).hasSize(6);
        jdbc.update("delete from level_competency where level_id = ? and competency_id = ?", w.levels()[2],
            w.mentoring());
        assertThat(html(compare, engineerTwo).select("tr.pw-differs")).hasSize(6);
        assertThat(html(compare, engineerTwo).text()).contains("Only the first level");
    }

    @Test
    void everyReaderSeesTheirOwnLevelMarked() throws Exception {
        String ladder = "/paths/" + w.specialistPath();
        Document asEngineer = html(ladder, engineerTwo);
        assertThat(asEngineer.select(".pw-rung-yours").text()).contains("Engineer Two " + w.tag());
        Document asLead = html(ladder, teamLead);
        assertThat(asLead.select(".pw-rung-yours")).isEmpty();
        assertThat(html(ladder, engineerTwo).select(".pw-rung-yours").text()).contains("Engineer Two " + w.tag());
        assertThat(html("/paths/" + w.managementPath(), teamLead).select(".pw-rung-yours").text())
            .contains("Team Lead " + w.tag());
    }

    @Test
    void aLevelPageKeepsTheLevelButShowsEveryReaderTheirOwnGapAndPeople() throws Exception {
        String level = "/paths/" + w.specialistPath() + "/levels/E2";
        Document own = html(level, engineerTwo);
        assertThat(own.select(".badge").eachText()).contains("You are here");
        assertThat(own.text()).contains("Your gap").doesNotContain("Parts Engineer " + w.tag());
        Document lead = html(level, teamLead);
        assertThat(lead.select(".badge").eachText()).doesNotContain("You are here");
        assertThat(lead.text()).contains("Parts Engineer " + w.tag());
        assertThat(html(level, engineerTwo).text()).doesNotContain("Parts Engineer " + w.tag());

        jdbc.update("update career_level set summary_en = ? where id = ?", "Ships features " + w.tag(), w.levels()[1]);
        assertThat(html(level, engineerTwo).text()).contains("Ships features " + w.tag(), "Your gap");
        assertThat(html(level, teamLead).text()).contains("Ships features " + w.tag(), "Parts Engineer " + w.tag());
    }

    @Test
    void theReadersKeptGapFollowsTheirNewRatingsAndTheirPeopleFollowTheDirectory() throws Exception {
        String level = "/paths/" + w.specialistPath() + "/levels/E2";
        String gap = html(level, engineerTwo).select(".card.border-primary").text();
        assertThat(html(level, engineerTwo).select(".card.border-primary").text()).isEqualTo(gap);
        new CareerPathFixtures(jdbc).rate(engineerTwo.employeeId(), w.coding(), 5, "MANAGER", teamLead.employeeId());
        assertThat(html(level, engineerTwo).select(".card.border-primary").text()).isNotEqualTo(gap);

        assertThat(html(level, teamLead).text()).contains("Parts Engineer " + w.tag());
        jdbc.update("update employee set full_name = ? where id = ?", "Parts Engineer Renamed " + w.tag(),
            engineerTwo.employeeId());
        assertThat(html(level, teamLead).text()).contains("Parts Engineer Renamed " + w.tag());
    }

    @Test
    void everyLanguageHasItsOwnPart() throws Exception {
        String ladder = "/paths/" + w.specialistPath();
        assertThat(html(ladder, engineerTwo).text()).contains("Engineer Two " + w.tag(), "Levels");
        Document vietnamese = Jsoup.parse(mvc.perform(get(ladder).param("lang", "vi").with(user(engineerTwo)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(vietnamese.select(".pw-rung h3").eachText()).contains("Kỹ sư bậc hai " + w.tag())
            .doesNotContain("Engineer Two " + w.tag());
        assertThat(html(ladder, engineerTwo).text()).contains("Engineer Two " + w.tag());
    }

    @Test
    void theFrameworkGenerationRisesOncePerCommittedChangeAndNotForARolledBackOne() {
        long before = generation();
        transactions.executeWithoutResult(status -> {
            jdbc.update("update career_level set min_years_experience = min_years_experience where id = ?",
                w.levels()[0]);
            jdbc.update("update job_family set position = position where id = ?", w.family());
        });
        assertThat(generation()).isEqualTo(before + 1);
        transactions.executeWithoutResult(status -> {
            jdbc.update("update career_level set min_years_experience = 30 where id = ?", w.levels()[0]);
            status.setRollbackOnly();
        });
        assertThat(generation()).isEqualTo(before + 1);
        jdbc.update("update employee set full_name = full_name where id = (select min(id) from employee)");
        assertThat(generation()).as("people are not the framework").isEqualTo(before + 1);
    }

    @Test
    void aKeptPartCarriesNoTokenAndNoFormThatChangesAnything() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String ladder = "/paths/" + w.specialistPath();
        for (String url : new String[] {ladder, "/paths", "/paths/compare?a=" + w.levels()[0] + "&b=" + w.levels()[1]}) {
            mvc.perform(get(url).session(session).with(user(engineerTwo))).andExpect(status().isOk());
            Document page = Jsoup.parse(mvc.perform(get(url).session(session).with(user(engineerTwo)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("main form[method=post]")).as(url).isEmpty();
            assertThat(page.select("main input[name=_csrf]")).as(url).isEmpty();
            assertThat(page.select("form[action=/logout] input[name=_csrf]")).as(url).hasSize(1);
        }
    }

    private long managementVersion() {
        return jdbc.queryForObject("select id from career_path_version where path_id = ? and status = 'PUBLISHED'",
            Long.class, w.managementPath());
    }

    private long generation() {
        return jdbc.queryForObject("select generation from content_generation where name = 'framework'", Long.class);
    }

    private Document html(String url, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }
}
