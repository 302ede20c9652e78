package app.pathwise.careerpath;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.competency.Proficiency;
import app.pathwise.competency.ProficiencyQueries;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Assessments over HTTP: the employee rates themself, a manager in the line confirms or differs with a
 * comment, HR reads; everyone else is refused and nothing is saved.
 */
@IntegrationTest
class AssessmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ProficiencyQueries proficiencies;

    @Autowired
    GapAnalysisQueries gaps;

    World w;
    long director;
    long manager;
    long employee;
    long otherManager;
    long otherEmployee;

    @BeforeEach
    void organisation() {
        CareerPathFixtures paths = new CareerPathFixtures(jdbc);
        Fixtures people = new Fixtures(jdbc, encoder);
        w = paths.world();
        director = people.employee("Assess Director " + w.tag(), null);
        manager = people.employee("Assess Manager " + w.tag(), director);
        employee = people.employee("Assess Employee " + w.tag(), manager);
        otherManager = people.employee("Assess Other Manager " + w.tag(), null);
        otherEmployee = people.employee("Assess Other Employee " + w.tag(), otherManager);
        paths.giveJobTitle(employee, w.titles()[1]);
        paths.giveJobTitle(otherEmployee, w.titles()[1]);
    }

    @Test
    void theEmployeeRatesThemselfAndTheManagerConfirmsOneAndDiffersOnAnother() throws Exception {
        String sheet = page("/people/" + employee + "/assessment", user(employee));
        assertThat(sheet).contains("Coding " + w.tag(), "Design " + w.tag(), "Mentoring " + w.tag(),
            "Current level requires 3", "Target level requires 4", "Senior Engineer " + w.tag())
            .doesNotContain("Stakeholder care " + w.tag(), "Negotiation " + w.tag());
        assertThat(readiness(GapLevel.Kind.NEXT)).isEqualTo(20);

        mvc.perform(post("/people/" + employee + "/assessment").with(user(user(employee))).with(csrf())
                .params(rows(w.coding(), "3", "Led the payments rewrite", null, w.design(), "2", null, null,
                    w.mentoring(), "1", "https://wiki.example.com/mentoring", null)))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/people/" + employee + "/assessment"));
        Map<Long, Proficiency> afterSelf = proficiencies.current(employee);
        assertThat(afterSelf.get(w.coding()).level()).isEqualTo(3);
        assertThat(afterSelf.get(w.coding()).confirmed()).isFalse();
        // next level E3: coding 3/4, design 2/3, mentoring 1/2, certification 0, years 1 -> 58%
        assertThat(readiness(GapLevel.Kind.NEXT)).isEqualTo(58);
        assertThat(page("/people/" + employee + "/gaps", user(employee))).contains("58%", "Unconfirmed");

        String asManager = page("/people/" + employee + "/assessment", user(manager, Role.MANAGER));
        assertThat(asManager).contains("Self rating: 3", "Evidence: Led the payments rewrite", "self rating");
        mvc.perform(post("/people/" + employee + "/assessment").with(user(user(manager, Role.MANAGER))).with(csrf())
                .params(rows(w.coding(), "3", null, null, w.design(), "3", null, "Designed the ledger schema alone",
                    w.mentoring(), "", null, null)))
            .andExpect(status().is3xxRedirection());
        Map<Long, Proficiency> afterManager = proficiencies.current(employee);
        assertThat(afterManager.get(w.coding()).confirmed()).isTrue();
        assertThat(afterManager.get(w.coding()).managerDiffers()).isFalse();
        assertThat(afterManager.get(w.design()).level()).isEqualTo(3);
        assertThat(afterManager.get(w.design()).managerDiffers()).isTrue();
        assertThat(afterManager.get(w.design()).managerComment()).isEqualTo("Designed the ledger schema alone");
        assertThat(afterManager.get(w.mentoring()).confirmed()).isFalse();
        // coding 3/4, design 3/3, mentoring 1/2, certification 0, years 1 -> 65%
        assertThat(readiness(GapLevel.Kind.NEXT)).isEqualTo(65);

        String history = mvc.perform(get("/people/" + employee + "/assessment/history/" + w.design())
                .header("HX-Request", "true").with(user(user(employee))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("Assess Manager " + w.tag(), "Designed the ledger schema alone").doesNotContain("<html");
        assertThat(Jsoup.parse(history).select("tbody tr")).hasSize(2);
    }

    @Test
    void aManagerWhoDiffersMustSayWhyAndNothingIsSavedUntilThen() throws Exception {
        rateAs("/people/" + employee + "/assessment", user(employee), w.coding(), "3");
        String page = mvc.perform(post("/people/" + employee + "/assessment").with(user(user(manager, Role.MANAGER)))
                .with(csrf()).params(rows(w.coding(), "2", null, " ", w.design(), "2", null, null)))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "rows[0].comment",
                "careerpath.assessment.comment-required"))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Say why your rating differs from the self rating.");
        assertThat(countRatings(employee, "MANAGER")).isZero();
    }

    @Test
    void badInputGetsFieldErrorsAndSavesNothing() throws Exception {
        mvc.perform(post("/people/" + employee + "/assessment").with(user(user(employee))).with(csrf())
                .params(rows(w.coding(), "", "evidence without a level", null)))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "rows[0].level", "careerpath.assessment.level-needed"));
        mvc.perform(post("/people/" + employee + "/assessment").with(user(user(employee))).with(csrf())
                .params(rows(w.coding(), "9", null, null)))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "rows[0].level", "competency.rating.level-out-of-scale"));
        mvc.perform(post("/people/" + employee + "/assessment").with(user(user(employee))).with(csrf())
                .params(rows(w.coding(), "3", "x".repeat(2001), null)))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "rows[0].evidence", "careerpath.assessment.too-long"));
        String empty = mvc.perform(post("/people/" + employee + "/assessment").with(user(user(employee))).with(csrf())
                .params(rows(w.coding(), "", null, null)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Choose a level for at least one competency.");
        assertThat(countRatings(employee, "SELF")).isZero();
    }

    @Test
    void hrReadsButCannotRate() throws Exception {
        PathwiseUser hr = user(otherManager, Role.HR);
        Document page = Jsoup.parse(page("/people/" + employee + "/assessment", hr));
        assertThat(page.select("form[method=post] input[type=radio]")).isEmpty();
        assertThat(page.text()).contains("You can read this assessment", "Coding " + w.tag());
        mvc.perform(post("/people/" + employee + "/assessment").with(user(hr)).with(csrf())
            .params(rows(w.coding(), "3", null, null))).andExpect(status().isNotFound());
        assertThat(countRatings(employee, null)).isZero();
    }

    @Test
    void everyoneElseIsRefusedAndNothingIsSaved() throws Exception {
        Map<String, PathwiseUser> refused = Map.of(
            "another employee", user(otherEmployee),
            "a manager of another team", user(otherManager, Role.MANAGER),
            "an executive", user(otherManager, Role.EXECUTIVE),
            "an administrator", user(null, Role.ADMIN),
            "a manager below", user(manager, Role.MANAGER));
        refused.forEach((who, u) -> {
            long target = "a manager below".equals(who) ? director : employee;
            try {
                mvc.perform(get("/people/" + target + "/assessment").with(user(u))).andExpect(status().isNotFound());
                mvc.perform(get("/people/" + target + "/assessment/history/" + w.coding()).with(user(u)))
                    .andExpect(status().isNotFound());
                mvc.perform(post("/people/" + target + "/assessment").with(user(u)).with(csrf())
                    .params(rows(w.coding(), "3", null, null))).andExpect(status().isNotFound());
            } catch (Exception e) {
                throw new AssertionError(who, e);
            }
        });
        mvc.perform(post("/people/" + otherEmployee + "/assessment").with(user(user(employee))).with(csrf())
            .params(rows(w.coding(), "3", null, null))).andExpect(status().isNotFound());
        assertThat(countRatings(employee, null)).isZero();
        assertThat(countRatings(otherEmployee, null)).isZero();
        assertThat(countRatings(director, null)).isZero();
    }

    @Test
    void aCompetencyNotOnTheSheetIsNotFoundAndNothingIsSaved() throws Exception {
        mvc.perform(post("/people/" + employee + "/assessment").with(user(user(employee))).with(csrf())
                .params(rows(w.coding(), "3", null, null, w.negotiation(), "2", null, null)))
            .andExpect(status().isNotFound());
        mvc.perform(post("/people/" + employee + "/assessment").with(user(user(employee))).with(csrf())
                .param("rows[0].level", "3"))
            .andExpect(status().isNotFound());
        assertThat(countRatings(employee, null)).isZero();
    }

    @Test
    void aTargetLevelMustBePublished() throws Exception {
        assertThat(page("/people/" + employee + "/assessment?target=" + w.managementLevels()[1], user(employee)))
            .contains("Engineering Manager " + w.tag(), "Stakeholder care " + w.tag());
        mvc.perform(get("/people/" + employee + "/assessment").param("target", String.valueOf(w.draftLevel()))
            .with(user(user(employee)))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + employee + "/assessment").param("target", String.valueOf(w.submittedLevel()))
            .with(user(user(employee)))).andExpect(status().isNotFound());
    }

    private int readiness(GapLevel.Kind kind) {
        return gaps.analyse(user(employee), employee, null).levels().stream().filter(l -> l.kind() == kind)
            .findFirst().orElseThrow().readiness().percent();
    }

    private void rateAs(String url, PathwiseUser as, long competency, String level) throws Exception {
        mvc.perform(post(url).with(user(as))
            .with(csrf()).params(rows(competency, level, null, null))).andExpect(status().is3xxRedirection());
    }

    private int countRatings(long employeeId, String kind) {
        return jdbc.queryForObject("select count(*) from competency_rating where employee_id = ?"
            + (kind == null ? "" : " and rater_kind = '" + kind + "'"), Integer.class, employeeId);
    }

    /** Form rows: groups of (competency id, level, evidence, comment). */
    private static org.springframework.util.MultiValueMap<String, String> rows(Object... values) {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        for (int i = 0; i < values.length / 4; i++) {
            params.add("rows[" + i + "].competencyId", String.valueOf(values[i * 4]));
            params.add("rows[" + i + "].level", (String) values[i * 4 + 1]);
            if (values[i * 4 + 2] != null) {
                params.add("rows[" + i + "].evidence", (String) values[i * 4 + 2]);
            }
            if (values[i * 4 + 3] != null) {
                params.add("rows[" + i + "].comment", (String) values[i * 4 + 3]);
            }
        }
        return params;
    }

    private String page(String url, PathwiseUser as) throws Exception {
        MockHttpServletRequestBuilder request = get(url).with(user(as));
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
