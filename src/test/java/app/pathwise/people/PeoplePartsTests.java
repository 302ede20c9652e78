package app.pathwise.people;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.PageView;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The people pages' kept parts (the directory when browsing, an employee's record, the home page's part
 * about the person) follow every change to people, departments, job titles and job history, however it
 * is made; each kind of reader and each language has its own; and the forms that change a record carry
 * the record's current version and the request's token.
 */
@IntegrationTest
class PeoplePartsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PasswordEncoder encoder;

    final PathwiseUser hr = user(null, Role.HR);
    String tag;
    long department;
    long boss;
    long report;

    @BeforeEach
    void team() {
        Fixtures people = new Fixtures(jdbc, encoder);
        tag = Fixtures.unique("P");
        department = people.department("Kept Department " + tag);
        boss = people.employee("Kept Boss " + tag, null, department);
        report = people.employee("Kept Report " + tag, boss, department);
        jdbc.update("update employee set location = ? where id = ?", "Hanoi " + tag, report);
    }

    @Test
    void aRenamedPersonShowsOnTheNextRequestEverywhere() throws Exception {
        String directory = "/people?department=" + department;
        PathwiseUser manager = user(boss, Role.MANAGER);
        assertThat(html(directory, hr).select("tbody a").eachText()).contains("Kept Report " + tag);
        assertThat(html("/people/" + report, hr).select("h1").text()).isEqualTo("Kept Report " + tag);
        assertThat(html("/", manager).select("#my-reports a").eachText()).containsExactly("Kept Report " + tag);
        assertThat(html(directory, hr).select("tbody a").eachText()).as("kept").contains("Kept Report " + tag);

        jdbc.update("update employee set full_name = ? where id = ?", "Renamed Report " + tag, report);

        assertThat(html(directory, hr).select("tbody a").eachText()).contains("Renamed Report " + tag)
            .doesNotContain("Kept Report " + tag);
        assertThat(html("/people/" + report, hr).select("h1").text()).isEqualTo("Renamed Report " + tag);
        assertThat(html("/people/" + boss, hr).select("ul a").eachText()).contains("Renamed Report " + tag);
        assertThat(html("/", manager).select("#my-reports a").eachText()).containsExactly("Renamed Report " + tag);
    }

    @Test
    void renamedDepartmentsAndJobTitlesAndNewHistoryShowAtOnce() throws Exception {
        String record = "/people/" + report;
        assertThat(html(record, hr).select("h1 + div").text()).contains("Kept Department " + tag);
        assertThat(html("/people", hr).select("#department option").eachText()).contains("Kept Department " + tag);
        assertThat(html(record, hr).select("tbody tr")).isEmpty();

        jdbc.update("update department set name = ? where id = ?", "Moved Department " + tag, department);
        assertThat(html(record, hr).select("h1 + div").text()).contains("Moved Department " + tag);
        assertThat(html("/people", hr).select("#department option").eachText()).contains("Moved Department " + tag)
            .doesNotContain("Kept Department " + tag);

        long title = jdbc.queryForObject("insert into job_title (code, name) values (?, ?) returning id", Long.class,
            Fixtures.unique("J"), "Kept Title " + tag);
        jdbc.update("update employee set job_title_id = ? where id = ?", title, report);
        assertThat(html(record, hr).select("h1 + div").text()).contains("Kept Title " + tag);
        jdbc.update("update job_title set name = ? where id = ?", "Renamed Title " + tag, title);
        assertThat(html(record, hr).select("h1 + div").text()).contains("Renamed Title " + tag);

        jdbc.update("""
            insert into job_history (employee_id, effective_date, change_kind, department_id, job_title_id, manager_id)
            values (?, date '2024-03-01', 'PROMOTION', ?, ?, ?)
            """, report, department, title, boss);
        assertThat(html(record, hr).select("tbody tr").text()).contains("Renamed Title " + tag, "Kept Boss " + tag);
    }

    @Test
    void aSearchShowsEachPersonAsTheyAreNowInEveryLanguage() throws Exception {
        String search = "/people?q=" + tag;
        assertThat(html(search, hr).select("tbody a").eachText()).containsExactly("Kept Boss " + tag, "Kept Report " + tag);
        assertThat(html(search, hr).select("tbody a").eachText()).as("kept").contains("Kept Report " + tag);

        jdbc.update("update employee set full_name = ? where id = ?", "Renamed Report " + tag, report);

        assertThat(html(search, hr).select("tbody a").eachText()).containsExactly("Kept Boss " + tag,
            "Renamed Report " + tag);
        Document typed = Jsoup.parse(mvc.perform(get(search).header("HX-Request", "true").with(user(hr)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(typed.select("#results tbody a").eachText()).contains("Renamed Report " + tag);
        assertThat(typed.select("form")).as("the results only").isEmpty();

        Document english = html(search, hr);
        Document vietnamese = html(search + "&lang=vi", hr);
        assertThat(vietnamese.select("th").eachText()).contains("Họ và tên").doesNotContain("Full name");
        assertThat(vietnamese.select("tbody .badge").eachText()).doesNotContainAnyElementsOf(
            english.select("tbody .badge").eachText());
        assertThat(vietnamese.select("nav .page-link").eachText()).contains("Trang 1 / 1");
        assertThat(html(search, hr).select("th").eachText()).contains("Full name");
    }

    @Test
    void theSearchedTextIsEscapedWhereTheDirectoryRepeatsIt() throws Exception {
        String name = "Kept O'Brien & <Co> \"" + tag + "\"";
        Fixtures people = new Fixtures(jdbc, encoder);
        for (int i = 0; i <= PageView.DEFAULT_SIZE; i++) {
            people.employee(name, null, department);
        }
        String query = "O'Brien & <Co> \"" + tag;
        String body = mvc.perform(get("/people").param("q", query).with(user(hr))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("<Co>");
        Document page = Jsoup.parse(body);
        assertThat(page.selectFirst("#q").val()).isEqualTo(query);
        assertThat(page.select("tbody a").eachText()).hasSize(PageView.DEFAULT_SIZE).containsOnly(name);
        assertThat(page.select("a[rel=prev]")).as("no page before the first").isEmpty();
        String next = page.selectFirst("a[rel=next]").attr("href");
        assertThat(UriUtils.decode(UriComponentsBuilder.fromUriString(next).build().getQueryParams().getFirst("q"),
            StandardCharsets.UTF_8)).isEqualTo(query);
    }

    @Test
    void everyKindOfReaderHasTheirOwnRecord() throws Exception {
        String record = "/people/" + report;
        PathwiseUser manager = user(boss, Role.MANAGER);
        PathwiseUser admin = user(null, Role.ADMIN);
        for (int round = 0; round < 2; round++) {
            Document asHr = html(record, hr);
            assertThat(asHr.text()).as("HR keeps the demographic fields").contains("Hanoi " + tag);
            assertThat(asHr.getElementById("development-links")).isNotNull();
            Document asManager = html(record, manager);
            assertThat(asManager.text()).doesNotContain("Hanoi " + tag);
            assertThat(asManager.getElementById("development-links")).isNotNull();
            assertThat(asManager.select("main form[method=post]")).isEmpty();
            Document asAdmin = html(record, admin);
            assertThat(asAdmin.text()).contains("Hanoi " + tag);
            assertThat(asAdmin.getElementById("development-links")).as("an administrator is not in the line").isNull();
            Document asSelf = html(record, user(report));
            assertThat(asSelf.text()).doesNotContain("Hanoi " + tag);
            assertThat(asSelf.getElementById("development-links")).isNotNull();
        }
        mvc.perform(get("/people/" + boss).with(user(user(report)))).andExpect(status().isNotFound());
        mvc.perform(get("/people/999999999").with(user(hr))).andExpect(status().isNotFound());
    }

    @Test
    void everyLanguageHasItsOwnPart() throws Exception {
        String directory = "/people?department=" + department;
        assertThat(html(directory, hr).select("th").eachText()).contains("Full name");
        Document vietnamese = Jsoup.parse(mvc.perform(get(directory).param("lang", "vi").with(user(hr)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(vietnamese.select("th").eachText()).contains("Họ và tên").doesNotContain("Full name");
        assertThat(html(directory, hr).select("th").eachText()).contains("Full name");
    }

    @Test
    void theFormsOfAKeptRecordCarryItsCurrentVersionAndTheRequestsToken() throws Exception {
        String record = "/people/" + report;
        html(record, hr);
        jdbc.update("update employee set version = version + 1 where id = ?", report);
        Element form = html(record, hr).selectFirst("main form[action$=/deactivate]");
        long version = jdbc.queryForObject("select version from employee where id = ?", Long.class, report);
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo(String.valueOf(version));
        assertThat(form.select("input[name=_csrf]")).hasSize(1);

        mvc.perform(post(record + "/deactivate").param("version", String.valueOf(version))
                .param("endDate", "2026-01-31").with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        Document after = html(record, hr);
        assertThat(after.select("main form[action$=/deactivate]")).isEmpty();
        assertThat(after.select("main form[action$=/reactivate]")).hasSize(1);
        assertThat(after.select("span.badge.fs-6").text()).isEqualTo("Left");
    }

    @Test
    void thePeopleGenerationRisesOncePerCommittedChangeAndNotForARolledBackOne() {
        long before = generation();
        transactions.executeWithoutResult(status -> {
            jdbc.update("update employee set full_name = full_name where id = ?", report);
            jdbc.update("update department set name = name where id = ?", department);
        });
        assertThat(generation()).isEqualTo(before + 1);
        transactions.executeWithoutResult(status -> {
            jdbc.update("update employee set full_name = 'Rolled Back' where id = ?", report);
            status.setRollbackOnly();
        });
        assertThat(generation()).isEqualTo(before + 1);
        jdbc.update("update job_family set position = position where id = (select min(id) from job_family)");
        assertThat(generation()).as("the framework is not people").isEqualTo(before + 1);
    }

    private long generation() {
        return jdbc.queryForObject("select generation from content_generation where name = 'people'", Long.class);
    }

    private Document html(String url, PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }
}
