package app.pathwise.careerpath.authoring;

import static app.pathwise.careerpath.authoring.AuthoringUsers.EXECUTIVE;
import static app.pathwise.careerpath.authoring.AuthoringUsers.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.PathVersionHistory;
import app.pathwise.careerpath.PathVersionHistory.ChangeKind;
import app.pathwise.careerpath.PathVersionHistory.PublishedVersion;
import app.pathwise.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A path's whole life over HTTP: HR creates and drafts it, an executive sends it back with a comment,
 * HR changes and resubmits it, the executive approves, HR publishes it with a change note; a new
 * version copies it and, once published, replaces it. Every step is audited and the history keeps
 * both change notes.
 */
@IntegrationTest
class PathLifecycleTests {

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

    @Autowired
    PathVersionHistory history;

    AuthoringFixtures fixtures;
    long competency;

    @BeforeEach
    void framework() {
        fixtures = new AuthoringFixtures(jdbc, families, paths, levels);
        competency = fixtures.competency("Lifecycle skill");
    }

    @Test
    void aPathGoesFromDraftThroughApprovalToPublishedAndIsReplacedByItsNextVersion() throws Exception {
        String familyCode = AuthoringFixtures.code("FAM");
        mvc.perform(post("/framework/paths/families").with(user(HR)).with(csrf())
                .param("code", familyCode).param("nameEn", "Engineering").param("nameVi", "Kỹ thuật")
                .param("nameZh", "工程").param("position", "7"))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/framework/paths"));
        long familyId = jdbc.queryForObject("select id from job_family where code = ?", Long.class, familyCode);

        String pathCode = AuthoringFixtures.code("ENG");
        MvcResult created = mvc.perform(post("/framework/paths/new").with(user(HR)).with(csrf())
                .param("familyId", String.valueOf(familyId)).param("code", pathCode).param("track", "SPECIALIST")
                .param("nameEn", "Software engineering").param("nameVi", "Kỹ sư phần mềm"))
            .andExpect(status().is3xxRedirection()).andReturn();
        long pathId = jdbc.queryForObject("select id from career_path where code = ?", Long.class, pathCode);
        long v1 = jdbc.queryForObject("select id from career_path_version where path_id = ?", Long.class, pathId);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/framework/paths/" + pathId + "/versions/" + v1);
        assertThat(fixtures.status(v1)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select number from career_path_version where id = ?", Integer.class, v1))
            .isEqualTo(1);

        String base = "/framework/paths/" + pathId + "/versions/" + v1;
        for (String[] level : new String[][] {{"JUNIOR", "Junior engineer"}, {"MID", "Engineer"},
            {"SENIOR", "Senior engineer"}}) {
            mvc.perform(post(base + "/levels").with(user(HR)).with(csrf())
                    .param("version", String.valueOf(fixtures.version(v1)))
                    .param("code", level[0]).param("titleEn", level[1]).param("titleVi", level[1] + " VI")
                    .param("minYearsExperience", "1")
                    .param("competencies[0].competencyId", String.valueOf(competency))
                    .param("competencies[0].requiredLevel", "3"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base));
        }
        assertThat(fixtures.levelCodes(v1)).containsExactly("JUNIOR", "MID", "SENIOR");
        assertThat(jdbc.queryForObject("select search_text from career_level where id = ?", String.class,
            fixtures.levelId(v1, "JUNIOR"))).contains("junior engineer").contains("ky su phan mem");

        mvc.perform(post(base + "/submit").with(user(HR)).with(csrf()).param("version", v(v1)))
            .andExpect(status().is3xxRedirection());
        assertThat(fixtures.status(v1)).isEqualTo("SUBMITTED");
        mvc.perform(get("/framework/paths").param("awaiting", "true").with(user(EXECUTIVE)))
            .andExpect(status().isOk()).andExpect(content().string(containsString(pathCode)));

        mvc.perform(post(base + "/send-back").with(user(EXECUTIVE)).with(csrf()).param("version", v(v1))
                .param("comment", "  "))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("decisionForm", "comment",
                "careerpath.authoring.version.comment-required"));
        assertThat(fixtures.status(v1)).isEqualTo("SUBMITTED");

        mvc.perform(post(base + "/send-back").with(user(EXECUTIVE)).with(csrf()).param("version", v(v1))
                .param("comment", "Add the expectations of a senior engineer."))
            .andExpect(status().is3xxRedirection());
        assertThat(fixtures.status(v1)).isEqualTo("DRAFT");
        mvc.perform(get(base).with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Add the expectations of a senior engineer.")))
            .andExpect(content().string(containsString("id=\"sent-back\"")));

        long senior = fixtures.levelId(v1, "SENIOR");
        mvc.perform(post(base + "/levels/" + senior).with(user(HR)).with(csrf()).param("version", v(v1))
                .param("code", "SENIOR").param("titleEn", "Senior engineer").param("minYearsExperience", "5")
                .param("responsibilitiesEn", "Leads the design of a product area.")
                .param("competencies[0].competencyId", String.valueOf(competency))
                .param("competencies[0].requiredLevel", "4"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/submit").with(user(HR)).with(csrf()).param("version", v(v1)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/approve").with(user(EXECUTIVE)).with(csrf()).param("version", v(v1)))
            .andExpect(status().is3xxRedirection());
        assertThat(fixtures.status(v1)).isEqualTo("APPROVED");

        mvc.perform(post(base + "/publish").with(user(HR)).with(csrf()).param("version", v(v1)).param("changeNote", ""))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("publishForm", "changeNote",
                "careerpath.authoring.version.change-note-required"));
        assertThat(fixtures.status(v1)).isEqualTo("APPROVED");
        mvc.perform(post(base + "/publish").with(user(HR)).with(csrf()).param("version", v(v1))
                .param("changeNote", "First engineering ladder."))
            .andExpect(status().is3xxRedirection());
        assertThat(fixtures.status(v1)).isEqualTo("PUBLISHED");
        String ladder = "/paths/" + pathId;
        mvc.perform(get(ladder).with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Junior engineer")))
            .andExpect(content().string(not(containsString("Principal engineer"))));

        MvcResult started = mvc.perform(post("/framework/paths/" + pathId + "/versions").with(user(HR)).with(csrf()))
            .andExpect(status().is3xxRedirection()).andReturn();
        long v2 = jdbc.queryForObject("select id from career_path_version where path_id = ? and number = 2", Long.class,
            pathId);
        assertThat(started.getResponse().getRedirectedUrl()).endsWith("/versions/" + v2);
        assertThat(fixtures.status(v2)).isEqualTo("DRAFT");
        assertThat(fixtures.levelCodes(v2)).containsExactly("JUNIOR", "MID", "SENIOR");
        assertThat(jdbc.queryForObject("""
            select count(*) from level_competency lc join career_level l on l.id = lc.level_id
             where l.path_version_id = ? and lc.required_level = 4
            """, Integer.class, v2)).isEqualTo(1);

        mvc.perform(post("/framework/paths/" + pathId + "/versions").with(user(HR)).with(csrf()))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("already has an open version")));

        String base2 = "/framework/paths/" + pathId + "/versions/" + v2;
        mvc.perform(post(base2 + "/levels").with(user(HR)).with(csrf()).param("version", v(v2))
                .param("code", "PRINCIPAL").param("titleEn", "Principal engineer").param("minYearsExperience", "10"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(base2 + "/levels/" + fixtures.levelId(v2, "JUNIOR") + "/remove").with(user(HR)).with(csrf())
                .param("version", v(v2)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get(base2).with(user(EXECUTIVE))).andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"changes\"")));
        mvc.perform(get(ladder).with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Junior engineer")))
            .andExpect(content().string(not(containsString("Principal engineer"))));
        mvc.perform(post(base2 + "/submit").with(user(HR)).with(csrf()).param("version", v(v2)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(base2 + "/approve").with(user(EXECUTIVE)).with(csrf()).param("version", v(v2))
                .param("comment", "Good."))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post(base2 + "/publish").with(user(HR)).with(csrf()).param("version", v(v2))
                .param("changeNote", "Adds a principal level; juniors start at engineer."))
            .andExpect(status().is3xxRedirection());

        assertThat(fixtures.status(v1)).isEqualTo("RETIRED");
        mvc.perform(get(ladder).with(user(HR))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Principal engineer")))
            .andExpect(content().string(containsString("Adds a principal level; juniors start at engineer.")))
            .andExpect(content().string(not(containsString("Junior engineer"))));
        assertThat(fixtures.status(v2)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select retired_at is not null from career_path_version where id = ?",
            Boolean.class, v1)).isTrue();

        List<PublishedVersion> published = history.changes(pathId);
        assertThat(published).extracting(PublishedVersion::number).containsExactly(2, 1);
        assertThat(published).extracting(PublishedVersion::changeNote)
            .containsExactly("Adds a principal level; juniors start at engineer.", "First engineering ladder.");
        assertThat(published.get(0).current()).isTrue();
        assertThat(published.get(1).current()).isFalse();
        assertThat(published.get(1).first()).isTrue();
        assertThat(published.get(0).changes()).extracting(c -> c.code() + ":" + c.kind())
            .containsExactlyInAnyOrder("MID:CHANGED", "SENIOR:CHANGED", "PRINCIPAL:" + ChangeKind.ADDED,
                "JUNIOR:" + ChangeKind.REMOVED);
        mvc.perform(get("/framework/paths/" + pathId + "/history").with(user(EXECUTIVE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("First engineering ladder.")))
            .andExpect(content().string(containsString("Adds a principal level; juniors start at engineer.")))
            .andExpect(content().string(containsString("Principal engineer")));

        List<String> actions = jdbc.queryForList("""
            select action from audit_entry
             where (entity_type = 'career_path' and entity_id = ?)
                or (entity_type = 'career_path_version' and entity_id in (?, ?))
             order by id
            """, String.class, pathId, v1, v2);
        assertThat(actions).containsSubsequence("career-path.created", "career-path-version.created",
            "career-path-version.level-added", "career-path-version.submitted", "career-path-version.sent-back",
            "career-path-version.level-updated", "career-path-version.submitted", "career-path-version.approved",
            "career-path-version.published", "career-path-version.created", "career-path-version.level-added",
            "career-path-version.level-removed", "career-path-version.submitted", "career-path-version.approved",
            "career-path-version.retired", "career-path-version.published");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'job-family.created' and entity_id = ?",
            Integer.class, familyId)).isEqualTo(1);
    }

    @Test
    void theHistoryShowsNoDraftsAndNothingForAPathNeverPublished() throws Exception {
        long family = fixtures.family();
        AuthoringFixtures.Draft draft = fixtures.draft(family, 3, competency);
        assertThat(history.changes(draft.pathId())).isEmpty();
        mvc.perform(get("/framework/paths/" + draft.pathId() + "/history").with(user(HR)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"never-published\"")));

        fixtures.publish(draft, "Published once.");
        long next = paths.startNewVersion(draft.pathId(), AuthoringFixtures.HR_ACCOUNT);
        fixtures.addLevel(new AuthoringFixtures.Draft(draft.pathId(), next, draft.code()), "DRAFTONLY",
            "Secret draft level", null, 1);
        assertThat(history.changes(draft.pathId())).singleElement()
            .satisfies(v -> assertThat(v.versionId()).isEqualTo(draft.versionId()));
        mvc.perform(get("/framework/paths/" + draft.pathId() + "/history").with(user(HR)))
            .andExpect(status().isOk()).andExpect(content().string(not(containsString("Secret draft level"))));
    }

    private String v(long versionId) {
        return String.valueOf(fixtures.version(versionId));
    }
}
