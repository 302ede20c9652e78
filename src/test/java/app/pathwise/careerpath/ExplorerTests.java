package app.pathwise.careerpath;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.careerpath.ExplorerComparison.Change;
import app.pathwise.careerpath.ExplorerComparison.Row;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The explorer: only published versions reach readers; you are here; search; compare; level page. */
@IntegrationTest
class ExplorerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PathExplorerQueries explorer;

    @Autowired
    PasswordEncoder encoder;

    CareerPathFixtures paths;
    Fixtures people;
    World w;
    long engineer;
    PathwiseUser reader;

    @BeforeEach
    void framework() {
        paths = new CareerPathFixtures(jdbc);
        people = new Fixtures(jdbc, encoder);
        w = paths.world();
        engineer = people.employee("Explorer Engineer " + w.tag(), null);
        paths.giveJobTitle(engineer, w.titles()[1]);
        reader = user(engineer);
    }

    @Test
    void browsingListsTheFamilysPublishedPathsButNeverADraftOnlyPath() throws Exception {
        Document page = html("/paths?family=" + w.family(), reader);
        assertThat(page.text()).contains("Software engineering " + w.tag(), "Engineering management " + w.tag(),
            "Levels: 4", "Levels: 3", "Your path")
            .doesNotContain("Secret draft path", "Software engineering next", "Old engineering ladder");
        assertThat(page.select("a[href=/paths/" + w.draftPath() + "]")).isEmpty();
    }

    @Test
    void thePathShowsThePublishedLadderHighestFirstWithMovesAndWhatChanged() throws Exception {
        String page = html("/paths/" + w.specialistPath(), reader).text();
        assertThat(page).contains("Software engineering " + w.tag(), "Specialist track", "Version 2")
            .contains("Lead a team of two first.", "Team Lead " + w.tag())
            .contains("Added a principal level.", "First version.")
            .doesNotContain("Hidden Submitted Level", "Old Junior", "Waiting for approval.", "Secret Draft Level",
                "A move into a draft.");
        assertThat(page.indexOf("Principal Engineer " + w.tag())).isLessThan(page.indexOf("Engineer One " + w.tag()));
    }

    @Test
    void youAreHereMarksTheReadersOwnLevelOnly() throws Exception {
        Document ladder = html("/paths/" + w.specialistPath(), reader);
        Element here = ladder.selectFirst(".pw-rung-yours");
        assertThat(here).isNotNull();
        assertThat(here.text()).contains("Engineer Two " + w.tag(), "You are here");
        assertThat(ladder.select(".pw-you-are-here")).hasSize(1);
        assertThat(html("/paths/" + w.managementPath(), reader).select(".pw-you-are-here")).isEmpty();
        assertThat(html("/paths/" + w.specialistPath() + "/levels/E2", reader).text()).contains("You are here");
        assertThat(html("/paths/" + w.specialistPath() + "/levels/E3", reader).text()).doesNotContain("You are here");

        long onDraftOnly = people.employee("Draft Titled " + w.tag(), null);
        paths.giveJobTitle(onDraftOnly, w.draftTitle());
        assertThat(html("/paths/" + w.specialistPath(), user(onDraftOnly)).select(".pw-you-are-here")).isEmpty();
    }

    @Test
    void draftsAndSubmittedVersionsAreNotFoundAnywhere() throws Exception {
        expectNotFound("/paths/" + w.draftPath());
        expectNotFound("/paths/" + w.draftPath() + "/levels/D1");
        expectNotFound("/paths/" + w.specialistPath() + "/levels/E5");
        expectNotFound("/paths/compare?a=" + w.levels()[0] + "&b=" + w.submittedLevel());
        expectNotFound("/paths/compare?a=" + w.draftLevel() + "&b=" + w.levels()[0]);
        expectNotFound("/paths/compare?a=" + w.draftLevel());
        expectNotFound("/paths/987654321");
        expectNotFound("/paths/not-a-number");
        for (String hidden : new String[] {"Secret Draft Level " + w.tag(), "Hidden Submitted Level " + w.tag(),
            "Negotiation " + w.tag(), "Old Junior " + w.tag()}) {
            assertThat(html("/paths?q=" + hidden, reader).text()).as(hidden).contains("No level matches your search.");
        }
        Document compare = html("/paths/compare", reader);
        assertThat(compare.select("option[value=" + w.draftLevel() + "]")).isEmpty();
        assertThat(compare.select("option[value=" + w.submittedLevel() + "]")).isEmpty();
        assertThat(compare.select("option[value=" + w.levels()[0] + "]")).hasSize(2);
    }

    @Test
    void searchFindsLevelsByTitleInVietnameseWithoutDiacritics() throws Exception {
        Document found = html("/paths?q=ky su cap cao " + w.tag(), reader);
        assertThat(found.select("#results .list-group-item")).hasSize(1);
        assertThat(found.text()).contains("Senior Engineer " + w.tag());
        assertThat(html("/paths?q=Kỹ sư cấp cao " + w.tag(), reader).text()).contains("Senior Engineer " + w.tag());
        assertThat(html("/paths?q=ENGINEER TWO " + w.tag(), reader).text()).contains("Engineer Two " + w.tag());
    }

    @Test
    void searchMatchesEveryWordInAnyOrder() throws Exception {
        Document found = html("/paths?q=engineer " + w.tag(), reader);
        assertThat(found.select("#results .list-group-item")).hasSize(5);
        assertThat(found.text()).contains("Engineer One " + w.tag(), "Engineering Manager " + w.tag());
        Document reordered = html("/paths?q=" + w.tag() + " two engineer", reader);
        assertThat(reordered.select("#results .list-group-item")).hasSize(1);
        assertThat(reordered.text()).contains("Engineer Two " + w.tag());
        assertThat(html("/paths?q=" + w.tag() + " 100%25_", reader).text()).contains("No level matches your search.");
    }

    @Test
    void searchFindsLevelsByTheCompetenciesTheyRequire() throws Exception {
        Document found = html("/paths?q=mentoring " + w.tag(), reader);
        assertThat(found.select("#results .list-group-item")).hasSize(5);
        assertThat(found.text()).contains("Engineer Two " + w.tag(), "Senior Engineer " + w.tag(),
            "Principal Engineer " + w.tag(), "Team Lead " + w.tag(), "Engineering Manager " + w.tag(),
            "Requires the competency: Mentoring " + w.tag())
            .doesNotContain("Engineer One " + w.tag());
        assertThat(html("/paths?q=huong dan " + w.tag(), reader).select("#results .list-group-item")).hasSize(5);
        String fragment = mvc.perform(get("/paths").param("q", "stakeholder care " + w.tag()).header("HX-Request", "true")
            .with(user(reader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Team Lead " + w.tag(), "Director " + w.tag()).doesNotContain("<html");
    }

    @Test
    void theLevelPageShowsRequirementsBehavioursMovesAndTheReadersGap() throws Exception {
        String page = html("/paths/" + w.specialistPath() + "/levels/E3", reader).text();
        assertThat(page).contains("Senior Engineer " + w.tag(), "Level 3 of 4", "Responsibilities of Senior Engineer",
            "Bachelor degree", "At least 4 years", "Coding " + w.tag(), "4 · Advanced",
            "Coding " + w.tag() + " behaviour at level 4", "Cloud Architect " + w.tag(), "Principal Engineer " + w.tag(),
            "Team Lead " + w.tag(), "Lead a team of two first.", "Your gap against this level", "Not met");
        assertThat(page).doesNotContain("behaviour at level 5");
    }

    @Test
    void theLevelPageIsInTheReadersLanguageWithFallback() throws Exception {
        String page = mvc.perform(get("/paths/" + w.specialistPath() + "/levels/E3").param("lang", "vi")
            .with(user(reader))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kỹ sư cấp cao " + w.tag(), "Lập trình " + w.tag(), "Cloud Architect " + w.tag());
    }

    @Test
    void whoToTalkToNamesTheManagerAndPeopleOnTheNextLevelLinkedOnlyWhenVisible() throws Exception {
        long manager = people.employee("Talk Manager " + w.tag(), null);
        paths.giveJobTitle(manager, w.teamLeadTitle());
        long report = people.employee("Talk Report " + w.tag(), manager);
        paths.giveJobTitle(report, w.titles()[0]);
        for (int i = 0; i < 7; i++) {
            long peer = people.employee("Talk Peer " + i + " " + w.tag(), i < 2 ? manager : null);
            paths.giveJobTitle(peer, w.titles()[1]);
        }
        Document asReport = html("/paths/" + w.specialistPath() + "/levels/E1", user(report));
        Element box = asReport.select(".card").stream().filter(c -> c.text().startsWith("Who to talk to"))
            .findFirst().orElseThrow();
        assertThat(box.text()).contains("Talk Manager " + w.tag(), "your manager");
        assertThat(box.select("li")).hasSize(6);
        assertThat(box.select("a")).isEmpty();

        Document asManager = html("/paths/" + w.specialistPath() + "/levels/E1", user(manager, Role.MANAGER));
        Element managerBox = asManager.select(".card").stream().filter(c -> c.text().startsWith("Who to talk to"))
            .findFirst().orElseThrow();
        assertThat(managerBox.select("a").eachText()).allMatch(name -> name.startsWith("Talk Peer 0")
            || name.startsWith("Talk Peer 1"));
        assertThat(managerBox.select("a").eachText()).hasSizeBetween(1, 2);
    }

    @Test
    void whoToTalkToTakesTheNextLevelFirstThenThisLevelByNameAcrossItsJobTitles() throws Exception {
        long otherTitle = paths.jobTitle("Engineer Two Other " + w.tag());
        paths.tie(w.levels()[1], otherTitle);
        long[] holders = {w.titles()[1], otherTitle, w.titles()[1], otherTitle, w.titles()[2]};
        String[] names = {"Mix A ", "Mix B ", "Mix C ", "Mix D ", "Mix E "};
        for (int i = 0; i < names.length; i++) {
            paths.giveJobTitle(people.employee(names[i] + w.tag(), null), holders[i]);
        }
        jdbc.update("update employee set status = 'INACTIVE' where full_name = ?", "Mix D " + w.tag());
        paths.giveJobTitle(people.employee("Mix F " + w.tag(), null), otherTitle);
        paths.giveJobTitle(people.employee("Mix G " + w.tag(), null), w.titles()[1]);

        Document page = html("/paths/" + w.specialistPath() + "/levels/E2", reader);
        Element box = page.select(".card").stream().filter(c -> c.text().startsWith("Who to talk to"))
            .findFirst().orElseThrow();
        assertThat(box.select("li")).hasSize(5);
        String text = box.text();
        assertThat(text).doesNotContain("Mix D", "Mix G", "Explorer Engineer");
        assertThat(text.indexOf("Mix E")).isNotNegative().isLessThan(text.indexOf("Mix A"));
        assertThat(text.indexOf("Mix A")).isLessThan(text.indexOf("Mix B"));
        assertThat(text.indexOf("Mix B")).isLessThan(text.indexOf("Mix C"));
        assertThat(text.indexOf("Mix C")).isLessThan(text.indexOf("Mix F"));
    }

    @Test
    void comparingMarksEveryDifference() throws Exception {
        ExplorerComparison c = comparison(w.levels()[1], w.levels()[2]);
        assertThat(c.competencies()).extracting(Row::change).containsOnly(Change.HIGHER);
        assertThat(c.certifications()).extracting(Row::change).containsExactly(Change.ONLY_RIGHT);
        assertThat(c.years()).isEqualTo(Change.HIGHER);
        assertThat(c.educationDiffers()).isTrue();
        assertThat(c.differenceCount()).isEqualTo(6);

        ExplorerComparison across = comparison(w.levels()[3], w.managementLevels()[0]);
        assertThat(across.competencies()).extracting(r -> r.name().en() + "=" + r.change()).containsExactlyInAnyOrder(
            "Coding " + w.tag() + "=ONLY_LEFT", "Design " + w.tag() + "=ONLY_LEFT", "Mentoring " + w.tag() + "=SAME",
            "Stakeholder care " + w.tag() + "=ONLY_RIGHT");
        assertThat(across.years()).isEqualTo(Change.LOWER);

        Document page = html("/paths/compare?a=" + w.levels()[1] + "&b=" + w.levels()[2], reader);
        assertThat(page.select("tr.pw-differs")).hasSize(6);
        assertThat(page.text()).contains("Differences: 6", "Higher at the second level", "Only the second level");
    }

    private ExplorerComparison comparison(long a, long b) throws Exception {
        mvc.perform(get("/paths/compare").param("a", String.valueOf(a)).param("b", String.valueOf(b))
            .with(user(reader))).andExpect(status().isOk());
        return explorer.compare(a, b).orElseThrow();
    }

    private Document html(String url, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }

    private void expectNotFound(String url) throws Exception {
        mvc.perform(get(url).with(user(reader))).andExpect(status().isNotFound());
    }
}
