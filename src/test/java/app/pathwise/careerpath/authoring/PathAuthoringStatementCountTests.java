package app.pathwise.careerpath.authoring;

import static app.pathwise.careerpath.authoring.AuthoringUsers.EXECUTIVE;
import static app.pathwise.careerpath.authoring.AuthoringUsers.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.authoring.AuthoringFixtures.Draft;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.sql.StatementCounter;
import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The authoring pages run a fixed number of SQL statements: a path of three levels and one of twelve
 * levels with many requirements cost the same, and so does the list with more paths.
 */
@IntegrationTest
class PathAuthoringStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FamilyService families;

    @Autowired
    PathService paths;

    @Autowired
    LevelService levels;

    AuthoringFixtures fixtures;
    Draft small;
    Draft large;
    Draft publishedSmall;
    Draft publishedLarge;

    @BeforeEach
    void paths() {
        fixtures = new AuthoringFixtures(jdbc, families, paths, levels);
        long family = fixtures.family();
        long competency = fixtures.competency("Counting skill");
        small = fixtures.draft(family, 3, competency);
        large = fixtures.draft(family, 12, competency);
        for (int i = 0; i < 4; i++) {
            long extra = fixtures.competency("Counting extra " + i);
            jdbc.update("""
                insert into level_competency (level_id, competency_id, required_level)
                select id, ?, 2 from career_level where path_version_id = ?
                """, extra, large.versionId());
        }
        publishedSmall = fixtures.draft(family, 3, competency);
        fixtures.publish(publishedSmall, "Counted.");
        publishedSmall = new Draft(publishedSmall.pathId(), paths.startNewVersion(publishedSmall.pathId(), -1),
            publishedSmall.code());
        publishedLarge = fixtures.draft(family, 12, competency);
        fixtures.publish(publishedLarge, "Counted.");
        publishedLarge = new Draft(publishedLarge.pathId(), paths.startNewVersion(publishedLarge.pathId(), -1),
            publishedLarge.code());
    }

    @Test
    void thePathsListCostsTheSameWhateverTheNumberOfPaths() throws Exception {
        long before = count("/framework/paths", HR);
        assertThat(before).isEqualTo(2);
        fixtures.draft(fixtures.family(), 4, null);
        assertThat(count("/framework/paths", HR)).isEqualTo(before);
        assertThat(count("/framework/paths?awaiting=true", EXECUTIVE)).isEqualTo(before);
    }

    @Test
    void theVersionEditorCostsTheSameForFewAndManyLevels() throws Exception {
        long editor = count(versionUrl(small), HR);
        assertThat(editor).isEqualTo(7);
        assertThat(count(versionUrl(large), HR)).isEqualTo(editor);
        long withChanges = count(versionUrl(publishedSmall), HR);
        assertThat(withChanges).isEqualTo(11);
        assertThat(count(versionUrl(publishedLarge), EXECUTIVE)).isEqualTo(withChanges);
    }

    @Test
    void theLevelFormAndTheOtherPagesHaveFixedCosts() throws Exception {
        long form = count(versionUrl(small) + "/levels/" + fixtures.levelId(small.versionId(), "L1"), HR);
        assertThat(form).isEqualTo(11);
        assertThat(count(versionUrl(large) + "/levels/" + fixtures.levelId(large.versionId(), "L7"), HR))
            .isEqualTo(form);
        assertThat(count(versionUrl(large) + "/levels/new", HR)).isEqualTo(form);
        assertThat(count("/framework/paths/" + small.pathId(), HR)).isEqualTo(2)
            .isEqualTo(count("/framework/paths/" + large.pathId(), HR));
        assertThat(count("/framework/paths/" + publishedSmall.pathId() + "/history", HR)).isEqualTo(7)
            .isEqualTo(count("/framework/paths/" + publishedLarge.pathId() + "/history", HR));
    }

    private long count(String url, PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(url).with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }

    private static String versionUrl(Draft d) {
        return "/framework/paths/" + d.pathId() + "/versions/" + d.versionId();
    }
}
