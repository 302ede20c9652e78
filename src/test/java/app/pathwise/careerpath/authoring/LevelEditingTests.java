package app.pathwise.careerpath.authoring;

import static app.pathwise.careerpath.authoring.AuthoringUsers.HR;
import static app.pathwise.careerpath.authoring.AuthoringUsers.OTHER_HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.authoring.AuthoringFixtures.Draft;
import app.pathwise.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Editing the levels of a draft: bad input gets field errors next to the fields with the input kept
 * and nothing saved; reordering and removing keep positions without gaps; two HR users saving the
 * same draft from the same state get a conflict for the second save, and the first is kept; the
 * guidance of three to five levels warns without stopping.
 */
@IntegrationTest
class LevelEditingTests {

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
    long competency;
    long otherCompetency;
    Draft draft;
    String base;

    @BeforeEach
    void draft() {
        fixtures = new AuthoringFixtures(jdbc, families, paths, levels);
        competency = fixtures.competency("Editing skill");
        otherCompetency = fixtures.competency("Other skill");
        draft = fixtures.draft(fixtures.family(), 3, competency);
        base = "/framework/paths/" + draft.pathId() + "/versions/" + draft.versionId();
    }

    @Test
    void aLevelWithoutTitleIsRefusedWithTheInputKept() throws Exception {
        Map<String, Object> before = snapshot();
        mvc.perform(newLevel().param("code", "NOTITLE").param("titleEn", " ").param("titleVi", "Không tên")
                .param("minYearsExperience", "3"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "titleEn", "NotBlank"))
            .andExpect(content().string(containsString("value=\"NOTITLE\"")))
            .andExpect(model().attribute("form", org.hamcrest.Matchers.hasProperty("titleVi",
                org.hamcrest.Matchers.is("Không tên"))))
            .andExpect(content().string(containsString("value=\"Kh&ocirc;ng t&ecirc;n\"")))
            .andExpect(content().string(containsString("This field is required.")));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRequirementAboveTheScaleIsRefusedNextToItsRow() throws Exception {
        Map<String, Object> before = snapshot();
        mvc.perform(newLevel().param("code", "TOOHIGH").param("titleEn", "Too high").param("minYearsExperience", "1")
                .param("competencies[0].competencyId", String.valueOf(competency))
                .param("competencies[0].requiredLevel", "3")
                .param("competencies[1].competencyId", String.valueOf(otherCompetency))
                .param("competencies[1].requiredLevel", "9"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "competencies[1].requiredLevel",
                "careerpath.authoring.level.required-level-above-scale"))
            .andExpect(content().string(containsString("The proficiency scale goes up to 5.")))
            .andExpect(content().string(containsString("value=\"Too high\"")));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void duplicatesAndUnknownsAreRefused() throws Exception {
        Map<String, Object> before = snapshot();
        mvc.perform(newLevel().param("code", "L2").param("titleEn", "Taken code").param("minYearsExperience", "1")
                .param("competencies[0].competencyId", String.valueOf(competency))
                .param("competencies[0].requiredLevel", "2")
                .param("competencies[2].competencyId", String.valueOf(competency))
                .param("competencies[2].requiredLevel", "3")
                .param("competencies[3].competencyId", "999999999")
                .param("competencies[3].requiredLevel", "3")
                .param("competencies[4].competencyId", String.valueOf(otherCompetency))
                .param("certificationIds", "999999999")
                .param("moves[0].target", draft.pathId() + ":L1"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "code", "careerpath.authoring.level.code-taken"))
            .andExpect(model().attributeHasFieldErrorCode("form", "competencies[2].competencyId",
                "careerpath.authoring.level.competency-duplicate"))
            .andExpect(model().attributeHasFieldErrorCode("form", "competencies[3].competencyId",
                "careerpath.authoring.level.competency-unknown"))
            .andExpect(model().attributeHasFieldErrorCode("form", "competencies[4].requiredLevel",
                "careerpath.authoring.level.required-level-missing"))
            .andExpect(model().attributeHasFieldErrorCode("form", "certificationIds",
                "careerpath.authoring.level.certification-unknown"))
            .andExpect(model().attributeHasFieldErrorCode("form", "moves[0].target",
                "careerpath.authoring.level.move-own-path"));
        mvc.perform(newLevel().param("code", "bad code!").param("titleEn", "Bad").param("minYearsExperience", "51"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
            .andExpect(model().attributeHasFieldErrorCode("form", "minYearsExperience", "Max"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void allProblemsAreShownAtOnce() throws Exception {
        Map<String, Object> before = snapshot();
        mvc.perform(newLevel().param("code", "L1").param("titleEn", "").param("minYearsExperience", "1")
                .param("competencies[0].competencyId", String.valueOf(competency))
                .param("competencies[0].requiredLevel", "6"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "titleEn", "NotBlank"))
            .andExpect(model().attributeHasFieldErrorCode("form", "code", "careerpath.authoring.level.code-taken"))
            .andExpect(model().attributeHasFieldErrorCode("form", "competencies[0].requiredLevel",
                "careerpath.authoring.level.required-level-above-scale"));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void errorsAreShownInTheReadersLanguage() throws Exception {
        mvc.perform(newLevel().param("lang", "vi").param("code", "VI").param("titleEn", "Vi").param("minYearsExperience", "1")
                .param("competencies[0].competencyId", String.valueOf(competency))
                .param("competencies[0].requiredLevel", "7"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Thang thành thạo chỉ đến mức 5.")));
    }

    @Test
    void aLevelSavesItsRequirementsTiesAndMovesAndIgnoresEmptyRows() throws Exception {
        Draft target = fixtures.draft(fixtures.family(), 3, null);
        long certification = fixtures.certification("Cloud certificate");
        long jobTitle = fixtures.jobTitle("Tied engineer");
        long l1 = fixtures.levelId(draft.versionId(), "L1");
        mvc.perform(post(base + "/levels/" + l1).with(user(HR)).with(csrf()).param("version", version())
                .param("code", "L1").param("titleEn", "First").param("titleZh", "第一级").param("minYearsExperience", "2")
                .param("educationEn", "Bachelor degree")
                .param("competencies[0].competencyId", "").param("competencies[0].requiredLevel", "")
                .param("competencies[1].competencyId", String.valueOf(otherCompetency))
                .param("competencies[1].requiredLevel", "2")
                .param("certificationIds", String.valueOf(certification))
                .param("jobTitleIds", String.valueOf(jobTitle))
                .param("moves[0].target", target.pathId() + ":L2").param("moves[0].noteEn", "Needs design skills")
                .param("moves[1].target", ""))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select competency_id from level_competency where level_id = ?", Long.class, l1))
            .containsExactly(otherCompetency);
        assertThat(jdbc.queryForList("select certification_id from level_certification where level_id = ?", Long.class,
            l1)).containsExactly(certification);
        assertThat(jdbc.queryForList("select job_title_id from level_job_title where level_id = ?", Long.class, l1))
            .containsExactly(jobTitle);
        assertThat(jdbc.queryForMap("select to_path_id, to_level_code, note_en from level_move where level_id = ?", l1))
            .containsEntry("to_path_id", target.pathId()).containsEntry("to_level_code", "L2")
            .containsEntry("note_en", "Needs design skills");
        assertThat(jdbc.queryForObject("select search_text from career_level where id = ?", String.class, l1))
            .contains("first").contains("第一级").contains("path " + draft.code().toLowerCase());
        mvc.perform(get(base).with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Cloud certificate")))
            .andExpect(content().string(containsString("Tied engineer")))
            .andExpect(content().string(containsString("Needs design skills")));
        mvc.perform(get(base + "/levels/" + l1).with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"Bachelor degree\"")));
    }

    @Test
    void levelsMoveUpAndDownAndRemovingOneKeepsPositionsWithoutGaps() throws Exception {
        long l3 = fixtures.levelId(draft.versionId(), "L3");
        mvc.perform(post(base + "/levels/" + l3 + "/up").with(user(HR)).with(csrf()).param("version", version()))
            .andExpect(status().is3xxRedirection());
        assertThat(fixtures.levelCodes(draft.versionId())).containsExactly("L1", "L3", "L2");
        long l1 = fixtures.levelId(draft.versionId(), "L1");
        mvc.perform(post(base + "/levels/" + l1 + "/up").with(user(HR)).with(csrf()).param("version", version()))
            .andExpect(status().is3xxRedirection());
        assertThat(fixtures.levelCodes(draft.versionId())).containsExactly("L1", "L3", "L2");
        mvc.perform(post(base + "/levels/" + l1 + "/down").with(user(HR)).with(csrf()).param("version", version()))
            .andExpect(status().is3xxRedirection());
        assertThat(fixtures.levelCodes(draft.versionId())).containsExactly("L3", "L1", "L2");
        mvc.perform(post(base + "/levels/" + l3 + "/remove").with(user(HR)).with(csrf()).param("version", version()))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select code || position from career_level where path_version_id = ? order by position",
            String.class, draft.versionId())).containsExactly("L11", "L22");
    }

    @Test
    void theSecondOfTwoEditsOfTheSameDraftGetsTheConflictPageAndTheFirstIsKept() throws Exception {
        String seen = version();
        long l2 = fixtures.levelId(draft.versionId(), "L2");
        mvc.perform(post(base + "/levels/" + l2).with(user(HR)).with(csrf()).param("version", seen)
                .param("code", "L2").param("titleEn", "First editor wins").param("minYearsExperience", "4"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/levels/" + l2).with(user(OTHER_HR)).with(csrf()).param("version", seen)
                .param("code", "L2").param("titleEn", "Second editor").param("minYearsExperience", "9"))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("Someone else changed this in the meantime")));
        mvc.perform(post(base + "/levels").with(user(OTHER_HR)).with(csrf()).param("version", seen)
                .param("code", "LATE").param("titleEn", "Late level").param("minYearsExperience", "0"))
            .andExpect(status().isConflict());
        mvc.perform(post(base + "/details").with(user(OTHER_HR)).with(csrf()).param("version", seen)
                .param("nameEn", "Second name"))
            .andExpect(status().isConflict());
        mvc.perform(post(base + "/levels/" + l2 + "/remove").with(user(OTHER_HR)).with(csrf()).param("version", seen))
            .andExpect(status().isConflict());
        assertThat(jdbc.queryForMap("select title_en, min_years_experience from career_level where id = ?", l2))
            .containsEntry("title_en", "First editor wins").containsEntry("min_years_experience", 4);
        assertThat(fixtures.levelCodes(draft.versionId())).containsExactly("L1", "L2", "L3");
        assertThat(jdbc.queryForObject("select name_en from career_path_version where id = ?", String.class,
            draft.versionId())).isEqualTo("Path " + draft.code());
    }

    @Test
    void theGuidanceWarnsOutsideThreeToFiveLevelsWithoutStoppingTheSubmission() throws Exception {
        mvc.perform(get(base).with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("id=\"guidance\""))));
        Draft short2 = fixtures.draft(fixtures.family(), 2, null);
        String shortBase = "/framework/paths/" + short2.pathId() + "/versions/" + short2.versionId();
        mvc.perform(get(shortBase).with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"guidance\"")))
            .andExpect(content().string(containsString("This path has 2 levels; the guidance is 3 to 5.")));
        mvc.perform(post(shortBase + "/submit").with(user(HR)).with(csrf())
                .param("version", String.valueOf(fixtures.version(short2.versionId()))))
            .andExpect(status().is3xxRedirection())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("submittedOutsideGuidance", 2));
        assertThat(fixtures.status(short2.versionId())).isEqualTo("SUBMITTED");
        mvc.perform(get(shortBase).with(user(HR)).flashAttr("submittedOutsideGuidance", 2)).andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"submitted-guidance\"")));

        Draft long6 = fixtures.draft(fixtures.family(), 6, null);
        mvc.perform(get("/framework/paths/" + long6.pathId() + "/versions/" + long6.versionId()).with(user(HR)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("This path has 6 levels; the guidance is 3 to 5.")));
    }

    private MockHttpServletRequestBuilder newLevel() {
        return post(base + "/levels").with(user(HR)).with(csrf()).param("version", version());
    }

    private String version() {
        return String.valueOf(fixtures.version(draft.versionId()));
    }

    private Map<String, Object> snapshot() {
        return jdbc.queryForMap("""
            select (select version from career_path_version where id = ?) as version,
                   (select string_agg(code || ':' || title_en || ':' || min_years_experience, ',' order by position)
                      from career_level where path_version_id = ?) as levels,
                   (select count(*) from level_competency lc join career_level l on l.id = lc.level_id
                     where l.path_version_id = ?) as requirements
            """, draft.versionId(), draft.versionId(), draft.versionId());
    }
}
