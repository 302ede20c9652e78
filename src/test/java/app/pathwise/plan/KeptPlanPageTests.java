package app.pathwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.web.Flash;
import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The plan page is kept rendered under everything it shows (ADR 0016): a kept page's forms carry the
 * token of the request that shows them, never the one it was rendered for, and work; any change to the
 * plan shows on the next request.
 */
@IntegrationTest
class KeptPlanPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlanService plans;

    PlanFixtures f;

    @BeforeEach
    void organisation() {
        f = new PlanFixtures(jdbc, encoder, plans);
    }

    @Test
    void aKeptPagesFormsCarryTheTokenOfTheRequestThatShowsThemAndWork() throws Exception {
        long plan = f.submitted();
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        String firstToken = token(page(f.managerUser(), plan, first));
        String secondToken = token(page(f.managerUser(), plan, second));
        assertThat(firstToken).isNotBlank().doesNotContain("kept-part");
        assertThat(secondToken).isNotBlank().doesNotContain("kept-part").isNotEqualTo(firstToken);

        mvc.perform(post("/plans/{id}/request-changes", plan).session(second).with(user(f.managerUser()))
                .param("_csrf", secondToken).param("version", "" + f.version(plan))
                .param("comment", "Please add a mentoring action."))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/plans/" + plan));
        assertThat(f.status(plan)).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void theShellAroundAKeptPageCarriesEachRequestsTokenAndTheTitleOfThePlanAsItIs() throws Exception {
        PathwiseUser reader = f.employeeUser();
        long plan = f.draft();
        Document first = page(reader, plan, new MockHttpSession());
        Document second = page(reader, plan, new MockHttpSession());
        for (Document page : new Document[] {first, second}) {
            String meta = page.selectFirst("meta[name=_csrf]").attr("content");
            assertThat(meta).isNotBlank().doesNotContain("kept-part");
            assertThat(page.select("form[method=post] input[name=_csrf]")).isNotEmpty()
                .allSatisfy(field -> assertThat(field.val()).isEqualTo(meta));
        }
        assertThat(second.selectFirst("meta[name=_csrf]").attr("content"))
            .isNotEqualTo(first.selectFirst("meta[name=_csrf]").attr("content"));
        assertThat(second.title()).isEqualTo(first.title()).contains("Towards Senior Engineer");

        jdbc.update("update development_plan set title = 'Renamed plan' where id = ?", plan);
        Document renamed = page(reader, plan, new MockHttpSession());
        assertThat(renamed.title()).contains("Renamed plan");
        assertThat(renamed.select("#plan-title").text()).isEqualTo("Renamed plan");
    }

    @Test
    void aKeptShellShowsEachReaderTheirOwnNavigationAndAFlashMessageOnlyOnce() throws Exception {
        long plan = f.submitted();
        PathwiseUser employee = new PathwiseUser(-1, f.employee, "employee@test.example.com", "Erin Employee",
            Set.of(Role.EMPLOYEE), "en", "", true);
        PathwiseUser manager = new PathwiseUser(-1, f.manager, "manager@test.example.com", "Max Manager",
            Set.of(Role.EMPLOYEE, Role.MANAGER), "en", "", true);
        for (int i = 0; i < 2; i++) {
            assertThat(page(employee, plan, new MockHttpSession()).select("nav.navbar").text())
                .contains("Erin Employee").doesNotContain("Max Manager");
            assertThat(page(manager, plan, new MockHttpSession()).select("nav.navbar").text())
                .contains("Max Manager").doesNotContain("Erin Employee");
        }
        Document flashed = Jsoup.parse(mvc.perform(get("/plans/{id}", plan).with(user(employee))
                .flashAttr("flashSuccess", new Flash.FlashMessage("plan.flash.submitted", new Object[0])))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(flashed.select(".alert-success").text()).isNotBlank();
        assertThat(page(employee, plan, new MockHttpSession()).select(".alert-success")).isEmpty();
    }

    @Test
    void aChangeToThePlanShowsOnTheNextRequest() throws Exception {
        long plan = f.draft();
        assertThat(page(f.employeeUser(), plan, new MockHttpSession()).select("#plan-title").text())
            .doesNotContain("Renamed");
        page(f.employeeUser(), plan, new MockHttpSession());
        jdbc.update("update development_plan set title = 'Renamed plan' where id = ?", plan);
        jdbc.update("update development_action set title = 'A renamed action' where plan_id = ?", plan);
        Document page = page(f.employeeUser(), plan, new MockHttpSession());
        assertThat(page.select("#plan-title").text()).isEqualTo("Renamed plan");
        assertThat(page.select("#actions").text()).contains("A renamed action");
    }

    @Test
    void everyChangeToAPlansRowsGivesThatPlanANewRevisionAndNoOther() {
        long plan = f.active();
        long other = f.draftOf(f.otherEmployeeUser());
        long otherRevision = revision(other);
        for (String change : new String[] {
            "update development_plan set strengths = 'Listening' where id = ?",
            "update career_goal set why = 'To lead' where plan_id = ?",
            "update plan_gap set note = 'Pairing' where plan_id = ?",
            "update development_action set description = 'Weekly' where plan_id = ?",
            "update plan_event set comment = 'Agreed' where plan_id = ?",
            "insert into plan_comment (plan_id, author_id, body, created_at) select id, employee_id, 'Well done', now()"
                + " from development_plan where id = ?",
            "delete from development_action where plan_id = ?"}) {
            long before = revision(plan);
            jdbc.update(change, plan);
            assertThat(revision(plan)).as(change).isGreaterThan(before);
        }
        assertThat(revision(other)).isEqualTo(otherRevision);
    }

    @Test
    void theKeptPageFollowsTheReadersLanguageAndIsSentWholeInUtf8() throws Exception {
        long plan = f.draft();
        String english = page(f.employeeUser(), plan, new MockHttpSession()).select("#status-banner").text();
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse response = mvc.perform(get("/plans/{id}", plan).param("lang", "vi")
                .with(user(f.employeeUser()))).andReturn().getResponse();
            byte[] body = response.getContentAsByteArray();
            assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(body.length));
            Document page = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
            assertThat(page.select("#status-banner").text()).isNotBlank().isNotEqualTo(english);
            assertThat(page.select("h1").text()).contains("Towards Senior Engineer");
            assertThat(page.select("html").outerHtml()).doesNotContain("pw-encoded-part");
        }
    }

    private Document page(PathwiseUser as, long plan, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(get("/plans/{id}", plan).session(session).with(user(as)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long revision(long plan) {
        return jdbc.queryForObject("select revision from development_plan where id = ?", Long.class, plan);
    }

    private static String token(Document page) {
        return page.selectFirst("#changes-form input[name=_csrf]").val();
    }
}
