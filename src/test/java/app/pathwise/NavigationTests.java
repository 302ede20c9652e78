package app.pathwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The top bar's markup for each combination of roles: which menus and items show, that a group with a
 * single item for a role is a plain link, that menus are Bootstrap dropdown buttons, and that the
 * current page's menu and item are marked.
 */
@IntegrationTest
class NavigationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long employee;

    @BeforeEach
    void employee() {
        employee = new Fixtures(jdbc, encoder).employee("Navigation Reader", null);
    }

    @Test
    void anEmployeeHasTheCareerAndDevelopmentMenusAndTheirOwnPages() throws Exception {
        Document page = page("/settings", Fixtures.user(employee));

        assertThat(entries(page)).containsExactly("nav-home", "nav-career", "nav-development");
        assertThat(items(page, "nav-career")).containsExactly("nav-paths", "nav-my-gaps", "nav-my-assessment");
        assertThat(items(page, "nav-development")).containsExactly("nav-my-plan", "nav-objectives");
        assertThat(page.getElementById("nav-my-gaps").attr("href")).isEqualTo("/people/" + employee + "/gaps");
        assertThat(page.getElementById("nav-my-profile").attr("href")).isEqualTo("/people/" + employee);
        assertThat(page.getElementById("inbox-link")).isNotNull();
        assertThat(page.getElementById("sign-out")).isNotNull();
    }

    @Test
    void managersAndHrFindTheTeamPagesUnderDevelopment() throws Exception {
        assertThat(items(page("/settings", Fixtures.user(employee, Role.MANAGER)), "nav-development"))
            .containsExactly("nav-my-plan", "nav-objectives", "nav-team", "nav-needs-map");
        assertThat(items(page("/settings", Fixtures.user(null, Role.HR)), "nav-development"))
            .containsExactly("nav-objectives", "nav-team", "nav-needs-map");
    }

    @Test
    void hrAndAdministratorsGetTheirMenusAndAnExecutiveAPlainFrameworkLink() throws Exception {
        Document hr = page("/settings", Fixtures.user(employee, Role.HR));
        assertThat(entries(hr)).containsExactly("nav-home", "nav-career", "nav-development", "nav-organisation",
            "nav-framework");
        assertThat(items(hr, "nav-organisation"))
            .containsExactly("nav-people", "nav-departments", "nav-job-titles", "nav-import");
        assertThat(items(hr, "nav-framework"))
            .containsExactly("nav-framework-paths", "nav-competencies", "nav-certifications", "nav-scale");

        Document admin = page("/settings", Fixtures.user(employee, Role.ADMIN));
        assertThat(entries(admin)).containsExactly("nav-home", "nav-career", "nav-development", "nav-organisation",
            "nav-admin");
        assertThat(items(admin, "nav-admin")).containsExactly("nav-accounts", "nav-audit");

        Document executive = page("/settings", Fixtures.user(employee, Role.EXECUTIVE));
        assertThat(entries(executive)).containsExactly("nav-home", "nav-career", "nav-development",
            "nav-framework-paths");
        assertThat(executive.getElementById("nav-framework-paths").hasClass("nav-link")).isTrue();
    }

    @Test
    void anAccountWithoutAnEmployeeRecordSeesSingleItemsAsPlainLinks() throws Exception {
        Document page = page("/settings", Fixtures.user(null, Role.ADMIN));

        assertThat(entries(page)).containsExactly("nav-home", "nav-paths", "nav-objectives", "nav-organisation",
            "nav-admin");
        assertThat(page.select("#nav-career, #nav-development, #nav-my-profile, #inbox-link")).isEmpty();
        assertThat(page.getElementById("nav-settings")).isNotNull();
    }

    @Test
    void menusAreDropdownButtonsAndTheCurrentOneIsMarked() throws Exception {
        Document page = page("/objectives", Fixtures.user(employee, Role.MANAGER));

        for (Element toggle : page.select("#main-nav [data-bs-toggle=dropdown]")) {
            assertThat(toggle.tagName()).as(toggle.id()).isEqualTo("button");
            assertThat(toggle.attr("type")).isEqualTo("button");
            assertThat(toggle.attr("aria-expanded")).isEqualTo("false");
        }
        assertThat(page.getElementById("nav-development").hasClass("active")).isTrue();
        assertThat(page.getElementById("nav-objectives").hasClass("active")).isTrue();
        assertThat(page.getElementById("nav-objectives").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#main-nav [aria-current=page]")).hasSize(1);
        assertThat(page.select("#main-nav .nav-link.active")).extracting(Element::id).containsExactly("nav-development");
    }

    @Test
    void theBarIsRenderedOncePerRoleSetButCarriesEachUsersOwnNameIdAndToken() throws Exception {
        long other = new Fixtures(jdbc, encoder).employee("Second Reader", null);
        Document first = page("/settings", named(employee, "Ann <b>&amp; \"Co\""));
        Document second = page("/settings", named(other, "Bình Trần"));

        assertThat(first.getElementById("user-menu").text()).isEqualTo("Ann <b>&amp; \"Co\"");
        assertThat(first.getElementById("user-menu").attr("title")).isEqualTo("Ann <b>&amp; \"Co\"");
        assertThat(first.select("#user-menu b")).isEmpty();
        assertThat(second.getElementById("user-menu").text()).isEqualTo("Bình Trần");
        assertThat(first.getElementById("nav-my-profile").attr("href")).isEqualTo("/people/" + employee);
        assertThat(second.getElementById("nav-my-profile").attr("href")).isEqualTo("/people/" + other);
        assertThat(second.getElementById("nav-my-gaps").attr("href")).isEqualTo("/people/" + other + "/gaps");
        for (Document page : List.of(first, second)) {
            Element signOut = page.getElementById("sign-out").parent();
            assertThat(signOut.attr("action")).isEqualTo("/logout");
            assertThat(signOut.select("input[name=_csrf]")).hasSize(1);
            assertThat(signOut.selectFirst("input[name=_csrf]").val())
                .isNotBlank().isEqualTo(page.selectFirst("meta[name=_csrf]").attr("content"));
        }
        assertThat(first.selectFirst("input[name=_csrf]").val()).isNotEqualTo(second.selectFirst("input[name=_csrf]").val());
    }

    @Test
    void theUsersOwnPagesAreMarkedAndSomebodyElsesAreNot() throws Exception {
        long other = new Fixtures(jdbc, encoder).employee("Somebody Else", null);
        PathwiseUser hr = Fixtures.user(employee, Role.HR);

        assertThat(page("/people/" + employee, hr).getElementById("nav-my-profile").hasClass("active")).isTrue();
        assertThat(page("/people/" + employee + "/gaps", hr).getElementById("nav-my-gaps").hasClass("active")).isTrue();
        for (String path : List.of("/people/" + other, "/people/" + other + "/gaps")) {
            Document page = page(path, hr);
            assertThat(page.select("#main-nav [aria-current=page], #main-nav .nav-link.active")).as(path).isEmpty();
        }
        assertThat(page("/people", hr).getElementById("nav-people").hasClass("active")).isTrue();
    }

    private static PathwiseUser named(long employeeId, String name) {
        return new PathwiseUser(-1, employeeId, "fixture@test.example.com", name, java.util.Set.of(Role.EMPLOYEE), "en",
            "", true);
    }

    private Document page(String path, PathwiseUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user))).andReturn().getResponse().getContentAsString());
    }

    /** The left-hand entries of the bar: menu buttons and plain links. */
    private static List<String> entries(Document page) {
        return page.select("#main-nav > .navbar-nav:first-child > .nav-item > .nav-link").eachAttr("id");
    }

    private static List<String> items(Document page, String menu) {
        return page.getElementById(menu).parent().select(".dropdown-item").eachAttr("id");
    }
}
