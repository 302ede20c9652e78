package app.pathwise.competency;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HR writes competencies with behaviours for every level of the scale on one form: field errors for
 * bad input with nothing saved, a conflict page for a stale edit, an audit entry for every change.
 */
@IntegrationTest
class CompetencyAuthoringTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FrameworkQueries queries;

    FrameworkFixtures framework;
    PathwiseUser hr;
    long group;

    @BeforeEach
    void setUp() {
        framework = new FrameworkFixtures(jdbc);
        hr = user(null, Role.HR);
        group = framework.group("Authoring");
    }

    @Test
    void hrCreatesACompetencyWithBehavioursForEveryLevelAndItIsAudited() throws Exception {
        String code = Fixtures.unique("NEW");
        String name = "Stakeholder care " + code;
        String location = mvc.perform(framework.competencyForm(post("/framework/competencies/new"), code, group, name,
                    "nameZh", "利益相关者关怀", "indicators[1].behavioursVi", "Hành vi cấp 2")
                .with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = jdbc.queryForObject("select id from competency where code = ?", Long.class, code);
        assertThat(location).isEqualTo("/framework/competencies/" + id);

        CompetencyDetails details = queries.competency(id).orElseThrow();
        assertThat(details.competency().name().en()).isEqualTo(name);
        assertThat(details.competency().name().zh()).isEqualTo("利益相关者关怀");
        assertThat(details.competency().groupId()).isEqualTo(group);
        assertThat(details.competency().active()).isTrue();
        assertThat(details.indicators()).hasSize(framework.scale().size()).allMatch(IndicatorView::described);
        assertThat(details.indicators().get(1).behaviours().in(Locale.forLanguageTag("vi"))).isEqualTo("Hành vi cấp 2");
        assertThat(details.indicators().get(0).behaviours().in(Locale.forLanguageTag("vi")))
            .as("falls back to English").isEqualTo("Level 1 behaviour of " + name);
        assertThat(framework.auditCount("competency", id, "competency.created")).isEqualTo(1);

        mvc.perform(get("/framework/competencies/" + id).with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(name)))
            .andExpect(content().string(containsString("Level 3 behaviour of " + name)));
    }

    @Test
    void hrEditsNamesAndBehavioursAndTheVersionMovesOn() throws Exception {
        long id = framework.competency(group, "Editing");
        long version = framework.version("competency", id);
        String code = Fixtures.unique("ED");
        mvc.perform(get("/framework/competencies/" + id + "/edit").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Shows Editing at level 2")));
        mvc.perform(framework.competencyForm(post("/framework/competencies/" + id + "/edit"), code, group,
                    "Edited " + code, "indicators[4].behavioursZh", "专家行为")
                .param("version", String.valueOf(version))
                .with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/framework/competencies/" + id));
        CompetencyDetails details = queries.competency(id).orElseThrow();
        assertThat(details.competency().code()).isEqualTo(code);
        assertThat(details.competency().name().en()).isEqualTo("Edited " + code);
        assertThat(details.indicators().get(2).behaviours().en()).isEqualTo("Level 3 behaviour of Edited " + code);
        assertThat(details.indicators().get(4).behaviours().zh()).isEqualTo("专家行为");
        assertThat(details.version()).isGreaterThan(version);
        assertThat(framework.auditCount("competency", id, "competency.updated")).isEqualTo(1);
    }

    @Test
    void aDuplicateCodeOrEnglishNameIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        long existing = framework.competency(group, "Original");
        String takenCode = jdbc.queryForObject("select code from competency where id = ?", String.class, existing);
        String takenName = jdbc.queryForObject("select name_en from competency where id = ?", String.class, existing);
        int before = count();
        mvc.perform(framework.competencyForm(post("/framework/competencies/new"), takenCode.toLowerCase(), group,
                    takenName.toUpperCase())
                .with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "code", "competency.error.code-taken"))
            .andExpect(model().attributeHasFieldErrorCode("form", "nameEn", "competency.error.name-taken"))
            .andExpect(content().string(containsString("Another competency already has this code.")))
            .andExpect(content().string(containsString("value=\"" + takenName.toUpperCase() + "\"")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void missingEnglishTextsAreShownForEachFieldWithTheInputKeptInTheUsersLanguage() throws Exception {
        String code = Fixtures.unique("BAD");
        int before = count();
        mvc.perform(framework.competencyForm(post("/framework/competencies/new"), code, group, "",
                    "indicators[2].behavioursEn", "", "indicators[2].behavioursVi", "Chỉ bằng tiếng Việt", "groupId", "")
                .param("lang", "vi")
                .with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "nameEn", "groupId"))
            .andExpect(model().attributeHasFieldErrorCode("form", "indicators[2].behavioursEn",
                "competency.error.behaviours-required"))
            .andExpect(content().string(containsString("Hãy mô tả hành vi ở cấp độ 3 bằng tiếng Anh.")))
            .andExpect(content().string(containsString("Chỉ bằng tiếng Việt")))
            .andExpect(content().string(containsString("href=\"#indicators[2].behavioursEn\"")))
            .andExpect(content().string(containsString("id=\"indicators[2].behavioursEn\"")))
            .andExpect(content().string(containsString("value=\"" + code + "\"")));
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from competency where code = ?", Integer.class, code)).isZero();
    }

    @Test
    void aStaleEditGetsTheConflictPageAndTheOtherEditStays() throws Exception {
        long id = framework.competency(group, "Contested");
        long version = framework.version("competency", id);
        String first = Fixtures.unique("FIRST");
        mvc.perform(framework.competencyForm(post("/framework/competencies/" + id + "/edit"), first, group, first)
                .param("version", String.valueOf(version)).with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        String second = Fixtures.unique("SECOND");
        mvc.perform(framework.competencyForm(post("/framework/competencies/" + id + "/edit"), second, group, second)
                .param("version", String.valueOf(version)).with(user(hr)).with(csrf()))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("Someone else changed this in the meantime")));
        assertThat(jdbc.queryForObject("select code from competency where id = ?", String.class, id)).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from competency_indicator where competency_id = ?"
            + " and behaviours_en like ?", Integer.class, id, "%" + second)).isZero();
        mvc.perform(post("/framework/competencies/" + id + "/deactivate").param("version", String.valueOf(version))
                .with(user(hr)).with(csrf()))
            .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select active from competency where id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void hrDeactivatesAndReactivatesAndBothAreAudited() throws Exception {
        long id = framework.competency(group, "Retiring");
        mvc.perform(post("/framework/competencies/" + id + "/deactivate")
                .param("version", String.valueOf(framework.version("competency", id))).with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from competency where id = ?", Boolean.class, id)).isFalse();
        assertThat(queries.activeCompetencies()).noneMatch(c -> c.id() == id);
        assertThat(queries.competencies(List.of(id))).containsKey(id);
        mvc.perform(get("/framework/competencies").param("group", String.valueOf(group)).param("status", "inactive")
                .with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Retiring")));
        mvc.perform(post("/framework/competencies/" + id + "/reactivate")
                .param("version", String.valueOf(framework.version("competency", id))).with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from competency where id = ?", Boolean.class, id)).isTrue();
        assertThat(framework.auditCount("competency", id, "competency.deactivated")).isEqualTo(1);
        assertThat(framework.auditCount("competency", id, "competency.reactivated")).isEqualTo(1);
        assertThat(queries.activeCompetencies()).anyMatch(c -> c.id() == id && c.groupId() == group);
    }

    @Test
    void theListIsGroupedAndSearchesNamesInEveryLanguageAndCodes() throws Exception {
        long id = framework.competency(group, "Searchable");
        String code = jdbc.queryForObject("select code from competency where id = ?", String.class, id);
        jdbc.update("update competency set name_zh = '可搜索能力' where id = ?", id);
        assertThat(queries.competencies(new CompetencyFilter("可搜索", null, null)))
            .extracting(row -> row.competency().id()).containsExactly(id);
        assertThat(queries.competencies(new CompetencyFilter(code.toLowerCase(), null, true)))
            .extracting(row -> row.competency().id()).containsExactly(id);
        assertThat(queries.competencies(new CompetencyFilter("50%_off\\", null, null))).isEmpty();
        mvc.perform(get("/framework/competencies").param("q", "Searchable").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Authoring")))
            .andExpect(content().string(containsString(code)));
        mvc.perform(get("/framework/competencies").param("lang", "vi").param("group", String.valueOf(group))
                .with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nhóm Authoring")))
            .andExpect(content().string(containsString("Năng lực Searchable")));
    }

    @Test
    void hrAddsRenamesAndReordersGroupsWithDuplicatesRefused() throws Exception {
        String code = Fixtures.unique("GRP");
        mvc.perform(post("/framework/competency-groups").param("code", code).param("nameEn", "Digital " + code)
                .param("nameVi", "Kỹ thuật số").param("nameZh", "数字化").with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from competency_group where code = ?", Long.class, code);
        assertThat(framework.auditCount("competency_group", id, "competency-group.created")).isEqualTo(1);
        assertThat(queries.groups().get(queries.groups().size() - 1).id()).as("placed last").isEqualTo(id);

        mvc.perform(post("/framework/competency-groups").param("code", code.toLowerCase()).param("nameEn", "Other")
                .with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "code", "competency.group.code-taken"));
        mvc.perform(post("/framework/competency-groups/" + id).param("code", code).param("nameEn", "")
                .param("version", String.valueOf(framework.version("competency_group", id))).with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "nameEn"));

        long version = framework.version("competency_group", id);
        mvc.perform(post("/framework/competency-groups/" + id + "/move").param("direction", "up")
                .with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        List<CompetencyGroupView> groups = queries.groups();
        assertThat(groups.get(groups.size() - 2).id()).isEqualTo(id);
        assertThat(framework.auditCount("competency_group", id, "competency-group.moved")).isEqualTo(1);

        mvc.perform(post("/framework/competency-groups/" + id).param("code", code).param("nameEn", "Renamed " + code)
                .param("version", String.valueOf(version)).with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select name_en from competency_group where id = ?", String.class, id))
            .as("moving did not make the open rename stale").isEqualTo("Renamed " + code);
        mvc.perform(post("/framework/competency-groups/" + id).param("code", code).param("nameEn", "Stale")
                .param("version", String.valueOf(version)).with(user(hr)).with(csrf()))
            .andExpect(status().isConflict());
        assertThat(framework.auditCount("competency_group", id, "competency-group.updated")).isEqualTo(1);
    }

    @Test
    void hrRelabelsALevelOfTheScaleInThreeLanguages() throws Exception {
        ScaleLevelView level = queries.scale().get(0);
        try {
            mvc.perform(post("/framework/scale/" + level.level()).param("labelEn", "").param("labelVi", "Nhận thức")
                    .param("version", String.valueOf(level.version())).with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "labelEn"))
                .andExpect(content().string(containsString("Nhận thức")));
            mvc.perform(post("/framework/scale/" + level.level()).param("labelEn", "Aware").param("labelVi", "Nhận thức")
                    .param("labelZh", "认知").param("descriptionEn", "Knows it exists.")
                    .param("version", String.valueOf(level.version())).with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection());
            ScaleLevelView changed = queries.scale().get(0);
            assertThat(changed.label()).isEqualTo(new app.pathwise.shared.LocalizedText("Aware", "Nhận thức", "认知"));
            assertThat(changed.description().en()).isEqualTo("Knows it exists.");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'proficiency_level'"
                + " and entity_id = ? and action = 'proficiency-level.updated' and summary like '%Aware'", Integer.class,
                level.level())).isEqualTo(1);
            mvc.perform(post("/framework/scale/" + level.level()).param("labelEn", "Stale")
                    .param("version", String.valueOf(level.version())).with(user(hr)).with(csrf()))
                .andExpect(status().isConflict());
        } finally {
            jdbc.update("update proficiency_level set label_en = ?, label_vi = ?, label_zh = ?, description_en = ?,"
                + " description_vi = ?, description_zh = ? where level = ?", level.label().en(), level.label().vi(),
                level.label().zh(), level.description().en(), level.description().vi(), level.description().zh(),
                level.level());
        }
    }

    @Test
    void hrAddsALevelOnTopAndRemovesItWhileNothingUsesIt() throws Exception {
        int top = framework.scale().size();
        long competency = framework.competency(group, "Scaled");
        try {
            mvc.perform(post("/framework/scale").param("labelEn", "Master").param("labelVi", "Bậc thầy")
                    .with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection());
            assertThat(framework.scale()).hasSize(top + 1);
            assertThat(queries.competency(competency).orElseThrow().indicators().get(top).described()).isFalse();
            assertThat(queries.competencies(new CompetencyFilter(null, group, null)).get(0).complete()).isFalse();
            mvc.perform(get("/framework/competencies/" + competency + "/edit").with(user(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("indicators[" + top + "].behavioursEn")));
            mvc.perform(framework.competencyForm(post("/framework/competencies/" + competency + "/edit"),
                        Fixtures.unique("SC"), group, "Scaled " + Fixtures.unique("s"),
                        "indicators[" + top + "].behavioursEn", "")
                    .param("version", String.valueOf(framework.version("competency", competency)))
                    .with(user(hr)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "indicators[" + top + "].behavioursEn",
                    "competency.error.behaviours-required"));
            assertThat(queries.scaleForAuthoring().get(top).removable()).isTrue();
            assertThat(queries.scaleForAuthoring().get(top - 1).removable()).isFalse();

            mvc.perform(post("/framework/scale/" + top + "/remove").with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection());
            assertThat(framework.scale()).as("a level below the top stays").hasSize(top + 1);
            mvc.perform(post("/framework/scale/" + (top + 1) + "/remove").with(user(hr)).with(csrf()))
                .andExpect(status().is3xxRedirection());
            assertThat(framework.scale()).hasSize(top);
            assertThat(framework.auditCount("proficiency_level", top + 1, "proficiency-level.added")).isPositive();
            assertThat(framework.auditCount("proficiency_level", top + 1, "proficiency-level.removed")).isPositive();
        } finally {
            jdbc.update("delete from competency_indicator where level > ?", top);
            jdbc.update("delete from proficiency_level where level > ?", top);
        }
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from competency", Integer.class);
    }
}
