package app.pathwise.careerpath;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /people/{id}/gaps}: current, next and target levels; certifications; who may see it. */
@IntegrationTest
class GapAnalysisTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    GapAnalysisQueries gaps;

    CareerPathFixtures paths;
    World w;
    long manager;
    long employee;
    long otherManager;
    long otherEmployee;

    @BeforeEach
    void organisation() {
        paths = new CareerPathFixtures(jdbc);
        Fixtures people = new Fixtures(jdbc, encoder);
        w = paths.world();
        manager = people.employee("Gap Manager " + w.tag(), null);
        employee = people.employee("Gap Employee " + w.tag(), manager);
        otherManager = people.employee("Gap Other Manager " + w.tag(), null);
        otherEmployee = people.employee("Gap Other Employee " + w.tag(), otherManager);
        paths.giveJobTitle(employee, w.titles()[2]);
    }

    @Test
    void theGapListsCurrentAndNextLevelsWithLargestGapsFirst() throws Exception {
        paths.rate(employee, w.coding(), 4, "MANAGER", manager);
        paths.rate(employee, w.design(), 1, "SELF", null);
        GapAnalysis analysis = gaps.analyse(user(employee), employee, null);
        assertThat(analysis.currentLevel().code()).isEqualTo("E3");
        assertThat(analysis.levels()).extracting(GapLevel::kind).containsExactly(GapLevel.Kind.CURRENT,
            GapLevel.Kind.NEXT);
        GapLevel next = analysis.levels().get(1);
        assertThat(next.level().code()).isEqualTo("E4");
        assertThat(next.competencies()).extracting(c -> c.name().en() + ":" + c.gap()).containsExactly(
            "Design " + w.tag() + ":3", "Mentoring " + w.tag() + ":3", "Coding " + w.tag() + ":1");
        assertThat(next.competencies().get(0).confirmed()).isFalse();
        assertThat(next.competencies().get(1).rated()).isFalse();

        Document page = html("/people/" + employee + "/gaps", user(employee));
        Element current = page.select("article").get(0);
        assertThat(current.text()).contains("Current level", "Senior Engineer " + w.tag(), "Not rated", "Unconfirmed",
            "Cloud Architect " + w.tag(), "Not held or expired");
        assertThat(page.text()).contains("How readiness is computed", "Each requirement counts equally");
        assertThat(page.selectFirst("section a.btn").attr("href")).isEqualTo("/people/" + employee + "/assessment");
    }

    @Test
    void certificationsCountWhenHeldAndStillValid() {
        paths.holdCertification(employee, w.cloudCertification(), LocalDate.now().minusYears(3), null);
        assertThat(certificationMet()).as("earned three years ago, valid for 24 months").isFalse();
        paths.holdCertification(employee, w.cloudCertification(), LocalDate.now().minusYears(3),
            LocalDate.now().minusDays(1));
        assertThat(certificationMet()).as("expired yesterday").isFalse();
        paths.holdCertification(employee, w.cloudCertification(), LocalDate.now().minusMonths(1), null);
        assertThat(certificationMet()).as("earned last month").isTrue();
        GapCertification held = gaps.analyse(user(employee), employee, null).levels().get(0).certifications().get(0);
        assertThat(held.validUntil()).isEqualTo(LocalDate.now().minusMonths(1).plusMonths(24));
    }

    @Test
    void aChosenTargetLevelIsAddedWhenPublishedAndNotFoundOtherwise() throws Exception {
        String page = html("/people/" + employee + "/gaps?target=" + w.managementLevels()[1], user(employee)).text();
        assertThat(page).contains("Target level", "Engineering Manager " + w.tag(), "Stakeholder care " + w.tag());
        for (long hidden : new long[] {w.draftLevel(), w.submittedLevel(), 987654321L}) {
            mvc.perform(get("/people/" + employee + "/gaps").param("target", String.valueOf(hidden))
                .with(user(user(employee)))).andExpect(status().isNotFound());
        }
    }

    @Test
    void theGapLeadsToThePlanWhereItIsWorkedOn() throws Exception {
        assertThat(html("/people/" + employee + "/gaps", user(employee)).getElementById("gaps-to-plan")
            .attr("href")).isEqualTo("/plan");
        assertThat(html("/people/" + employee + "/gaps", user(manager, Role.MANAGER)).getElementById("gaps-to-plan")
            .attr("href")).isEqualTo("/people/" + employee + "/plans");
        mvc.perform(get("/people/" + employee + "/plans").with(user(user(manager, Role.MANAGER))))
            .andExpect(status().isOk());
    }

    @Test
    void someoneWithoutALevelIsToldSoAndCanStillChooseATarget() throws Exception {
        assertThat(html("/people/" + otherEmployee + "/gaps", user(otherEmployee)).text())
            .contains("not tied to a level of a published path");
        paths.giveJobTitle(otherEmployee, w.draftTitle());
        assertThat(gaps.analyse(user(otherEmployee), otherEmployee, null).currentLevel()).isNull();
        assertThat(gaps.analyse(user(otherEmployee), otherEmployee, w.levels()[0]).levels())
            .extracting(GapLevel::kind).containsExactly(GapLevel.Kind.TARGET);
    }

    @Test
    void theGapIsForSelfTheManagerLineAndHrOnly() throws Exception {
        String url = "/people/" + employee + "/gaps";
        for (PathwiseUser allowed : new PathwiseUser[] {user(employee), user(manager, Role.MANAGER),
            user(otherEmployee, Role.HR)}) {
            mvc.perform(get(url).with(user(allowed))).andExpect(status().isOk());
        }
        for (PathwiseUser refused : new PathwiseUser[] {user(otherEmployee), user(otherManager, Role.MANAGER),
            user(otherManager, Role.EXECUTIVE), user(null, Role.EXECUTIVE), user(null, Role.ADMIN),
            user(employee, Role.MANAGER)}) {
            String target = refused.isSelf(employee) ? "/people/" + manager + "/gaps" : url;
            mvc.perform(get(target).with(user(refused))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/people/987654321/gaps").with(user(user(null, Role.HR)))).andExpect(status().isNotFound());
    }

    private boolean certificationMet() {
        return gaps.analyse(user(employee), employee, null).levels().get(0).certifications().get(0).met();
    }

    @Test
    void theKeptPageFollowsEveryNewRatingAndCertificationOfThePerson() throws Exception {
        String url = "/people/" + employee + "/gaps";
        String before = html(url, user(employee)).select("article").get(0).text();
        assertThat(before).contains("Not rated", "Not held or expired");
        assertThat(html(url, user(employee)).select("article").get(0).text()).isEqualTo(before);
        long revision = revision(employee);
        paths.rate(employee, w.coding(), 4, "MANAGER", manager);
        paths.rate(employee, w.design(), 3, "MANAGER", manager);
        assertThat(revision(employee)).isGreaterThan(revision);
        String rated = html(url, user(employee)).select("article").get(0).text();
        assertThat(rated).isNotEqualTo(before);

        revision = revision(employee);
        long otherRevision = revision(otherEmployee);
        jdbc.update("""
            insert into employee_certification (employee_id, certification_id, earned_on)
            select ?, c.id, current_date from certification c where c.name_en = ?""", employee,
            "Cloud Architect " + w.tag());
        assertThat(revision(employee)).isGreaterThan(revision);
        assertThat(revision(otherEmployee)).isEqualTo(otherRevision);
        assertThat(html(url, user(employee)).select("article").get(0).text()).doesNotContain("Not held or expired");
    }

    private long revision(long person) {
        return jdbc.queryForObject("select coalesce(max(revision), 0) from assessment_revision where employee_id = ?",
            Long.class, person);
    }

    private Document html(String url, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }
}
