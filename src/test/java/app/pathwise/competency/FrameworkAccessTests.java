package app.pathwise.competency;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The framework pages are HR's to write. Executives read them (they approve paths) and are refused
 * every change with 403; employees and managers do not get in at all.
 */
@IntegrationTest
class FrameworkAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    FrameworkFixtures framework;
    PathwiseUser hr;
    PathwiseUser executive;
    PathwiseUser manager;
    PathwiseUser employee;
    long employeeId;
    long group;
    long competency;
    long certification;

    @BeforeEach
    void setUp() {
        framework = new FrameworkFixtures(jdbc);
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        long managerId = fixtures.employee("Framework Manager", null);
        employeeId = fixtures.employee("Framework Employee", managerId);
        hr = user(null, Role.HR);
        executive = user(fixtures.employee("Framework Executive", null), Role.EXECUTIVE);
        manager = user(managerId, Role.MANAGER);
        employee = user(employeeId);
        group = framework.group("Access");
        competency = framework.competency(group, "Guarded");
        certification = framework.certification("Guarded cert", 12);
    }

    List<String> readablePages() {
        return List.of("/framework/competencies", "/framework/competencies/" + competency, "/framework/scale",
            "/framework/competency-groups", "/framework/certifications");
    }

    List<String> hrOnlyPages() {
        return List.of("/framework/competencies/new", "/framework/competencies/" + competency + "/edit",
            "/framework/scale/1", "/framework/competency-groups/" + group, "/framework/certifications/" + certification,
            "/framework/certifications/" + certification + "/holders");
    }

    @Test
    void hrOpensEveryPage() throws Exception {
        for (String page : readablePages()) {
            mvc.perform(get(page).with(user(hr))).andExpect(status().isOk());
        }
        for (String page : hrOnlyPages()) {
            mvc.perform(get(page).with(user(hr))).andExpect(status().isOk());
        }
    }

    @Test
    void employeesAndManagersAreRefusedEveryFrameworkPage() throws Exception {
        for (PathwiseUser refused : List.of(employee, manager)) {
            for (String page : readablePages()) {
                mvc.perform(get(page).with(user(refused))).andExpect(status().isForbidden());
            }
            for (String page : hrOnlyPages()) {
                mvc.perform(get(page).with(user(refused))).andExpect(status().isForbidden());
            }
        }
        assertNothingChanges(manager);
    }

    @Test
    void executivesReadTheFrameworkWithoutForms() throws Exception {
        for (String page : readablePages()) {
            String html = mvc.perform(get(page).with(user(executive))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
            assertThat(Jsoup.parse(html).select("form[method=post]")).extracting(form -> form.attr("action"))
                .as("forms on " + page).containsOnly("/logout");
            assertThat(html).doesNotContain("/framework/competencies/new");
        }
        mvc.perform(get("/framework/competencies/" + competency).with(user(executive)))
            .andExpect(content().string(containsString("Shows Guarded at level 1")));
        for (String page : hrOnlyPages()) {
            mvc.perform(get(page).with(user(executive))).andExpect(status().isForbidden());
        }
    }

    @Test
    void executivesCannotChangeAnythingInTheFramework() throws Exception {
        assertNothingChanges(executive);
    }

    private void assertNothingChanges(PathwiseUser refused) throws Exception {
        String snapshot = snapshot();
        String code = Fixtures.unique("SNEAKY");
        long version = framework.version("competency", competency);
        List<MockHttpServletRequestBuilder> writes = List.of(
            framework.competencyForm(post("/framework/competencies/new"), code, group, "Sneaky " + code),
            framework.competencyForm(post("/framework/competencies/" + competency + "/edit"), code, group, "Sneaky")
                .param("version", String.valueOf(version)),
            post("/framework/competencies/" + competency + "/deactivate").param("version", String.valueOf(version)),
            post("/framework/competencies/" + competency + "/reactivate").param("version", String.valueOf(version)),
            post("/framework/competency-groups").param("code", code).param("nameEn", "Sneaky group"),
            post("/framework/competency-groups/" + group).param("code", code).param("nameEn", "Sneaky")
                .param("version", String.valueOf(framework.version("competency_group", group))),
            post("/framework/competency-groups/" + group + "/move").param("direction", "up"),
            post("/framework/scale").param("labelEn", "Sneaky level"),
            post("/framework/scale/1").param("labelEn", "Sneaky").param("version", "0"),
            post("/framework/scale/5/remove"),
            post("/framework/certifications").param("code", code).param("nameEn", "Sneaky cert"),
            post("/framework/certifications/" + certification).param("code", code).param("nameEn", "Sneaky")
                .param("version", String.valueOf(framework.version("certification", certification))),
            post("/framework/certifications/" + certification + "/holders").param("employeeNumber", "x")
                .param("earnedOn", "2026-01-01"));
        for (MockHttpServletRequestBuilder write : writes) {
            mvc.perform(write.with(user(refused)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(snapshot()).isEqualTo(snapshot);
    }

    /** Everything the refused writes could have touched. */
    private String snapshot() {
        return jdbc.queryForObject("""
            select (select count(*) from competency) || '/' || (select count(*) from competency_group) || '/'
                || (select count(*) from certification) || '/' || (select count(*) from employee_certification) || '/'
                || (select string_agg(level || label_en, ',' order by level) from proficiency_level) || '/'
                || (select code || name_en || active || version from competency where id = ?) || '/'
                || (select code || name_en || position || version from competency_group where id = ?) || '/'
                || (select code || name_en || version from certification where id = ?)
            """, String.class, competency, group, certification);
    }
}
