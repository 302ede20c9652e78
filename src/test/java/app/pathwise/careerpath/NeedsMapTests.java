package app.pathwise.careerpath;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.careerpath.NeedsMapScope.Kind;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.NotFoundException;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The needs map: counts for a small team, departments for a large group, and who may see what. */
@IntegrationTest
class NeedsMapTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    NeedsMapQueries needs;

    CareerPathFixtures paths;
    Fixtures people;
    World w;
    long teamDepartment;
    long manager;
    long r1;
    long r2;
    long r5;

    @BeforeEach
    void team() {
        paths = new CareerPathFixtures(jdbc);
        people = new Fixtures(jdbc, encoder);
        w = paths.world();
        teamDepartment = people.department("Needs Team " + w.tag());
        manager = people.employee("Needs Manager " + w.tag(), null, teamDepartment);
        paths.giveJobTitle(manager, w.teamLeadTitle());
        r1 = people.employee("Needs A " + w.tag(), manager, teamDepartment);
        r2 = people.employee("Needs B " + w.tag(), manager, teamDepartment);
        long r3 = people.employee("Needs C " + w.tag(), manager, teamDepartment);
        people.employee("Needs D " + w.tag(), manager, teamDepartment);
        r5 = people.employee("Needs E " + w.tag(), r1, teamDepartment);
        paths.giveJobTitle(r1, w.titles()[0]);
        paths.giveJobTitle(r2, w.titles()[1]);
        paths.giveJobTitle(r3, w.titles()[2]);
        paths.giveJobTitle(r5, w.titles()[0]);
        paths.rate(r1, w.coding(), 2, "MANAGER", manager);
        paths.rate(r2, w.coding(), 1, "SELF", null);
        paths.rate(r2, w.design(), 2, "MANAGER", manager);
        paths.rate(r2, w.mentoring(), 1, "MANAGER", manager);
    }

    @Test
    void aSmallTeamShowsPeopleAndCountsBelowRequirementMostFirst() throws Exception {
        NeedsMap map = needs.map(user(manager, Role.MANAGER), NeedsMapScope.team(), 0);
        assertThat(map.byDepartment()).isFalse();
        assertThat(map.people()).isEqualTo(4);
        assertThat(map.placed()).isEqualTo(3);
        assertThat(map.columns()).extracting(NeedsMapColumn::label).containsExactly("Needs A " + w.tag(),
            "Needs B " + w.tag(), "Needs C " + w.tag(), "Needs D " + w.tag());
        assertThat(map.rows()).extracting(r -> r.name().en() + " " + r.below() + "/" + r.people()).containsExactly(
            "Coding " + w.tag() + " 2/3", "Design " + w.tag() + " 2/3", "Mentoring " + w.tag() + " 1/2");
        NeedsMapCell codingOfB = map.rows().get(0).cells().get(1);
        assertThat(codingOfB.current()).isEqualTo(1);
        assertThat(codingOfB.required()).isEqualTo(3);
        assertThat(codingOfB.confirmed()).isFalse();
        assertThat(codingOfB.severity()).isEqualTo(2);
        assertThat(map.rows().get(0).cells().get(0).severity()).isZero();
        assertThat(map.rows().get(0).cells().get(3)).isNull();

        Document page = html("/needs-map", user(manager, Role.MANAGER));
        assertThat(page.select("table.pw-needs-map tbody tr")).hasSize(3);
        assertThat(page.text()).contains("People: 4, of whom 3 are on a level", "2 of 3", "1/3*", "–/4");
        assertThat(page.select("td.pw-heat-2")).isNotEmpty();
    }

    @Test
    void theKeptMapFollowsEveryNewRating() throws Exception {
        assertThat(html("/needs-map", user(manager, Role.MANAGER)).text()).contains("1/3*");
        html("/needs-map", user(manager, Role.MANAGER));
        paths.rate(r2, w.coding(), 3, "MANAGER", manager);
        assertThat(html("/needs-map", user(manager, Role.MANAGER)).text()).doesNotContain("1/3*").contains("3/3");
    }

    @Test
    void theWholeLineIncludesIndirectReports() {
        NeedsMap line = needs.map(user(manager, Role.MANAGER), new NeedsMapScope(Kind.LINE, null, null), 0);
        assertThat(line.people()).isEqualTo(5);
        assertThat(line.rows().get(0).name().en()).isEqualTo("Coding " + w.tag());
        assertThat(line.rows().get(0).below()).isEqualTo(3);
    }

    @Test
    void someoneWhoLeftIsOutOfTheLineAndSoAreThePeopleBelowThem() {
        jdbc.update("update employee set status = 'INACTIVE', end_date = current_date where id = ?", r1);

        NeedsMap line = needs.map(user(manager, Role.MANAGER), new NeedsMapScope(Kind.LINE, null, null), 0);
        assertThat(line.people()).isEqualTo(3);
        assertThat(line.columns()).extracting(NeedsMapColumn::label).doesNotContain("Needs A " + w.tag(),
            "Needs E " + w.tag());
    }

    @Test
    void aJobFamilyCountsThePeoplePlacedOnItsPaths() {
        NeedsMap family = needs.map(user(null, Role.HR), new NeedsMapScope(Kind.FAMILY, null, w.family()), 0);
        assertThat(family.people()).isEqualTo(5);
        assertThat(family.placed()).isEqualTo(5);
        assertThat(family.rows()).extracting(r -> r.name().en()).contains("Stakeholder care " + w.tag());
        NeedsMap withinLine = needs.map(user(r1, Role.MANAGER), new NeedsMapScope(Kind.FAMILY, null, w.family()), 0);
        assertThat(withinLine.people()).isEqualTo(1);
    }

    @Test
    void aLargeGroupIsShownByDepartment() {
        long parent = people.department("Needs Large " + w.tag());
        jdbc.update("update department set parent_id = ? where id = ?", parent, teamDepartment);
        long first = people.department("Needs Large One " + w.tag());
        long second = people.department("Needs Large Two " + w.tag());
        jdbc.update("update department set parent_id = ? where id in (?, ?)", parent, first, second);
        for (int i = 0; i < 15; i++) {
            long person = people.employee("Large One " + i + " " + w.tag(), null, first);
            paths.giveJobTitle(person, w.titles()[0]);
            if (i < 5) {
                paths.rate(person, w.coding(), 2, "MANAGER", null);
            }
        }
        for (int i = 0; i < 14; i++) {
            long person = people.employee("Large Two " + i + " " + w.tag(), null, second);
            paths.giveJobTitle(person, w.titles()[1]);
        }
        NeedsMap map = needs.map(user(null, Role.HR), new NeedsMapScope(Kind.DEPARTMENT, parent, null), 0);
        assertThat(map.byDepartment()).isTrue();
        assertThat(map.people()).isEqualTo(35);
        assertThat(map.placed()).isEqualTo(34);
        assertThat(map.columns()).extracting(NeedsMapColumn::label).containsExactly("Needs Large One " + w.tag(),
            "Needs Large Two " + w.tag(), "Needs Team " + w.tag());
        assertThat(map.columns()).extracting(NeedsMapColumn::people).containsExactly(15, 14, 6);
        // design and coding: the 29 of the two departments and A, B, C, E; B meets design, A and 5 of One coding;
        // mentoring: the 14 of Two, B (met), C and the manager's level
        assertThat(map.rows()).extracting(r -> r.name().en() + " " + r.below() + "/" + r.people()).containsExactly(
            "Design " + w.tag() + " 32/33", "Coding " + w.tag() + " 27/33", "Mentoring " + w.tag() + " 16/17",
            "Stakeholder care " + w.tag() + " 1/1");
        NeedsMapCell codingInFirst = map.rows().get(1).cells().get(0);
        assertThat(codingInFirst.people()).isEqualTo(15);
        assertThat(codingInFirst.below()).isEqualTo(10);
        assertThat(codingInFirst.severity()).isEqualTo(2);
        assertThat(map.rows().get(2).cells().get(0)).isNull();
    }

    @Test
    void managersSeeOnlyTheirLineAndOthersAreRefused() throws Exception {
        long elsewhere = people.department("Needs Elsewhere " + w.tag());
        people.employee("Needs Stranger " + w.tag(), null, elsewhere);
        PathwiseUser asManager = user(manager, Role.MANAGER);
        NeedsMap department = needs.map(asManager, new NeedsMapScope(Kind.DEPARTMENT, null, null), 0);
        assertThat(department.scope().departmentId()).isEqualTo(teamDepartment);
        assertThat(department.departments()).extracting(o -> o.id()).containsExactly(teamDepartment);
        assertThat(department.people()).isEqualTo(5);
        assertThatThrownBy(() -> needs.map(asManager, new NeedsMapScope(Kind.DEPARTMENT, elsewhere, null), 0))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> needs.map(asManager, new NeedsMapScope(Kind.FAMILY, null, 987654321L), 0))
            .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/needs-map").param("scope", "DEPARTMENT").param("department", String.valueOf(elsewhere))
            .with(user(asManager))).andExpect(status().isNotFound());
        mvc.perform(get("/needs-map").param("scope", "NOT_A_SCOPE").with(user(asManager)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/needs-map").param("scope", "DEPARTMENT").param("department", String.valueOf(elsewhere))
            .with(user(user(null, Role.HR)))).andExpect(status().isOk());
        mvc.perform(get("/needs-map").param("scope", "TEAM").with(user(user(null, Role.HR))))
            .andExpect(status().isNotFound());
        for (PathwiseUser refused : new PathwiseUser[] {user(r2), user(null, Role.EXECUTIVE), user(null, Role.ADMIN)}) {
            mvc.perform(get("/needs-map").with(user(refused))).andExpect(status().isForbidden());
        }
    }

    @Test
    void hrSeesTheWholeOrganisationByDefault() throws Exception {
        Document page = html("/needs-map", user(null, Role.HR));
        assertThat(page.select("#scope option[selected]").text()).isEqualTo("A department");
        assertThat(page.select("#department option[selected]")).isEmpty();
    }

    private Document html(String url, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }
}
