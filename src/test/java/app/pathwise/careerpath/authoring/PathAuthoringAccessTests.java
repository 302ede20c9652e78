package app.pathwise.careerpath.authoring;

import static app.pathwise.careerpath.authoring.AuthoringUsers.ADMIN;
import static app.pathwise.careerpath.authoring.AuthoringUsers.EMPLOYEE;
import static app.pathwise.careerpath.authoring.AuthoringUsers.EXECUTIVE;
import static app.pathwise.careerpath.authoring.AuthoringUsers.HR;
import static app.pathwise.careerpath.authoring.AuthoringUsers.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.pathwise.careerpath.authoring.AuthoringFixtures.Draft;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Who may do what in path authoring: employees, managers and administrators get nothing (403);
 * executives read everything and decide on submitted versions but change nothing else; HR writes
 * and publishes but never approves. Ids that do not belong together answer 404, changes to a version
 * that is no longer a draft are refused, and a refused request changes nothing.
 */
@IntegrationTest
class PathAuthoringAccessTests {

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
    long family;
    long competency;
    Draft draft;
    Draft submitted;
    Draft other;
    long level;
    long submittedLevel;
    long otherLevel;

    @BeforeEach
    void paths() {
        fixtures = new AuthoringFixtures(jdbc, families, paths, levels);
        competency = fixtures.competency("Access skill");
        family = fixtures.family();
        draft = fixtures.draft(family, 3, competency);
        submitted = fixtures.draft(family, 3, competency);
        paths.submit(submitted.pathId(), submitted.versionId(), fixtures.version(submitted.versionId()),
            AuthoringFixtures.HR_ACCOUNT);
        other = fixtures.draft(family, 2, competency);
        level = fixtures.levelId(draft.versionId(), "L1");
        submittedLevel = fixtures.levelId(submitted.versionId(), "L1");
        otherLevel = fixtures.levelId(other.versionId(), "L1");
    }

    private List<String> readPages() {
        return List.of("/framework/paths", "/framework/paths?awaiting=true", "/framework/paths/" + draft.pathId(),
            "/framework/paths/" + draft.pathId() + "/history", versionUrl(draft), versionUrl(submitted),
            "/framework/paths/transfer", "/framework/paths/export.csv");
    }

    private List<String> hrPages() {
        return List.of("/framework/paths/families/new", "/framework/paths/families/" + family, "/framework/paths/new",
            versionUrl(draft) + "/levels/new", versionUrl(draft) + "/levels/" + level,
            "/framework/paths/import/preview");
    }

    /** Every change HR makes, with parameters that would succeed. */
    private List<AbstractMockHttpServletRequestBuilder<?>> hrActions() {
        String v = String.valueOf(fixtures.version(draft.versionId()));
        String base = versionUrl(draft);
        return List.<AbstractMockHttpServletRequestBuilder<?>>of(
            post("/framework/paths/families").param("code", AuthoringFixtures.code("F")).param("nameEn", "Refused")
                .param("position", "1"),
            post("/framework/paths/families/" + family).param("code", AuthoringFixtures.code("F"))
                .param("nameEn", "Refused").param("position", "1").param("version", "0"),
            post("/framework/paths/new").param("familyId", String.valueOf(family))
                .param("code", AuthoringFixtures.code("P")).param("track", "GENERAL").param("nameEn", "Refused"),
            post("/framework/paths/" + draft.pathId() + "/versions"),
            post(base + "/details").param("version", v).param("nameEn", "Refused"),
            post(base + "/submit").param("version", v),
            post(base + "/publish").param("version", v).param("changeNote", "Refused"),
            post(base + "/levels").param("version", v).param("code", "REFUSED").param("titleEn", "Refused")
                .param("minYearsExperience", "0"),
            post(base + "/levels/" + level).param("version", v).param("code", "L1").param("titleEn", "Refused")
                .param("minYearsExperience", "0"),
            post(base + "/levels/" + level + "/down").param("version", v),
            post(base + "/levels/" + level + "/remove").param("version", v),
            multipart("/framework/paths/import").file(new MockMultipartFile("file", "f.csv", "text/csv",
                "record,family,name_en\nFAMILY,REFUSED,Refused\n".getBytes(StandardCharsets.UTF_8))),
            post("/framework/paths/import/apply").param("token", "x"),
            post("/framework/paths/import/cancel"));
    }

    private List<AbstractMockHttpServletRequestBuilder<?>> executiveActions() {
        String v = String.valueOf(fixtures.version(submitted.versionId()));
        return List.<AbstractMockHttpServletRequestBuilder<?>>of(
            post(versionUrl(submitted) + "/approve").param("version", v),
            post(versionUrl(submitted) + "/send-back").param("version", v).param("comment", "Refused"));
    }

    @Test
    void employeesManagersAndAdministratorsAreRefusedEveryPageAndAction() throws Exception {
        Map<String, Object> before = fingerprint();
        for (PathwiseUser outsider : List.of(EMPLOYEE, MANAGER, ADMIN)) {
            for (String page : concat(readPages(), hrPages())) {
                expectStatus(get(page), outsider, 403);
            }
            for (AbstractMockHttpServletRequestBuilder<?> action : concat(hrActions(), executiveActions())) {
                expectStatus(action, outsider, 403);
            }
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void executivesReadEverythingButChangeNothingButDecisions() throws Exception {
        for (String page : readPages()) {
            expectStatus(get(page), EXECUTIVE, 200);
        }
        Map<String, Object> before = fingerprint();
        for (String page : hrPages()) {
            expectStatus(get(page), EXECUTIVE, 403);
        }
        for (AbstractMockHttpServletRequestBuilder<?> action : hrActions()) {
            expectStatus(action, EXECUTIVE, 403);
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void hrCannotApproveOrSendBack() throws Exception {
        for (String page : concat(readPages(), hrPages())) {
            expectStatus(get(page), HR, page.endsWith("/import/preview") ? 302 : 200);
        }
        Map<String, Object> before = fingerprint();
        for (AbstractMockHttpServletRequestBuilder<?> action : executiveActions()) {
            expectStatus(action, HR, 403);
        }
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(fixtures.status(submitted.versionId())).isEqualTo("SUBMITTED");
    }

    @Test
    void anExecutiveWhoSubmittedCannotApproveTheirOwnVersion() throws Exception {
        PathwiseUser both = AuthoringUsers.user(-555, Role.HR, Role.EXECUTIVE);
        expectStatus(post(versionUrl(draft) + "/submit").param("version", version(draft)), both, 302);
        expectStatus(post(versionUrl(draft) + "/approve").param("version", version(draft)), both, 409);
        assertThat(fixtures.status(draft.versionId())).isEqualTo("SUBMITTED");
        expectStatus(post(versionUrl(draft) + "/approve").param("version", version(draft)), EXECUTIVE, 302);
        assertThat(fixtures.status(draft.versionId())).isEqualTo("APPROVED");
    }

    @Test
    void idsThatDoNotBelongTogetherAreNotFound() throws Exception {
        Map<String, Object> before = fingerprint();
        String v = version(draft);
        String base = versionUrl(draft);
        expectStatus(get(base + "/levels/" + otherLevel), HR, 404);
        expectStatus(post(base + "/levels/" + otherLevel).param("version", v).param("code", "L1")
            .param("titleEn", "Hijacked").param("minYearsExperience", "0"), HR, 404);
        expectStatus(post(base + "/levels/" + otherLevel + "/up").param("version", v), HR, 404);
        expectStatus(post(base + "/levels/" + otherLevel + "/remove").param("version", v), HR, 404);
        String crossed = "/framework/paths/" + draft.pathId() + "/versions/" + other.versionId();
        expectStatus(get(crossed), HR, 404);
        expectStatus(post(crossed + "/levels").param("version", version(other)).param("code", "X")
            .param("titleEn", "Crossed").param("minYearsExperience", "0"), HR, 404);
        expectStatus(post(crossed + "/submit").param("version", version(other)), HR, 404);
        expectStatus(get("/framework/paths/999999999"), HR, 404);
        expectStatus(get("/framework/paths/999999999/history"), EXECUTIVE, 404);
        expectStatus(get("/framework/paths/families/999999999"), HR, 404);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select title_en from career_level where id = ?", String.class, otherLevel))
            .isEqualTo("Level 1");
    }

    @Test
    void aVersionThatIsNoLongerADraftCannotBeChanged() throws Exception {
        Map<String, Object> before = fingerprint();
        String v = version(submitted);
        String base = versionUrl(submitted);
        expectStatus(get(base + "/levels/new"), HR, 409);
        expectStatus(get(base + "/levels/" + submittedLevel), HR, 409);
        expectStatus(post(base + "/levels").param("version", v).param("code", "LATE").param("titleEn", "Late")
            .param("minYearsExperience", "0"), HR, 409);
        expectStatus(post(base + "/levels/" + submittedLevel).param("version", v).param("code", "L1")
            .param("titleEn", "Late").param("minYearsExperience", "0"), HR, 409);
        expectStatus(post(base + "/levels/" + submittedLevel + "/remove").param("version", v), HR, 409);
        expectStatus(post(base + "/levels/" + submittedLevel + "/down").param("version", v), HR, 409);
        expectStatus(post(base + "/details").param("version", v).param("nameEn", "Late"), HR, 409);
        expectStatus(post(base + "/submit").param("version", v), HR, 409);
        expectStatus(post(base + "/publish").param("version", v).param("changeNote", "Too early"), HR, 409);
        expectStatus(post(versionUrl(draft) + "/approve").param("version", version(draft)), EXECUTIVE, 409);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(fixtures.status(submitted.versionId())).isEqualTo("SUBMITTED");
    }

    private void expectStatus(AbstractMockHttpServletRequestBuilder<?> request, PathwiseUser as, int expected) throws Exception {
        int actual = mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(actual).as(request.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod()
            + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI()
            + " as " + as.roles()).isEqualTo(expected);
    }

    /** Everything a refused request could have changed about the test paths and the families. */
    private Map<String, Object> fingerprint() {
        return jdbc.queryForMap("""
            select (select string_agg(v.id || ':' || v.status || ':' || v.version || ':' || v.name_en, ',' order by v.id)
                      from career_path_version v join career_path p on p.id = v.path_id
                     where p.job_family_id = ?) as versions,
                   (select string_agg(l.id || ':' || l.code || ':' || l.position || ':' || l.title_en, ',' order by l.id)
                      from career_level l join career_path_version v on v.id = l.path_version_id
                      join career_path p on p.id = v.path_id where p.job_family_id = ?) as levels,
                   (select count(*) from career_path) as paths,
                   (select count(*) from job_family) as families,
                   (select string_agg(code || ':' || version || ':' || name_en, ',') from job_family where id = ?) as family,
                   (select count(*) from audit_entry) as audits
            """, family, family, family);
    }

    private String versionUrl(Draft d) {
        return "/framework/paths/" + d.pathId() + "/versions/" + d.versionId();
    }

    private String version(Draft d) {
        return String.valueOf(fixtures.version(d.versionId()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
