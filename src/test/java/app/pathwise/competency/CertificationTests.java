package app.pathwise.competency;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The certification catalogue and the certifications employees earned: expiry from the validity,
 * what counts as held on a day, and who may read and write the records.
 */
@IntegrationTest
class CertificationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CertificationQueries queries;

    FrameworkFixtures framework;
    PathwiseUser hr;
    long manager;
    long employee;
    long colleague;

    @BeforeEach
    void setUp() {
        framework = new FrameworkFixtures(jdbc);
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        hr = user(null, Role.HR);
        manager = fixtures.employee("Cert Manager", null);
        employee = fixtures.employee("Cert Employee", manager);
        colleague = fixtures.employee("Cert Colleague", fixtures.employee("Cert Other Manager", null));
    }

    @Test
    void hrAddsAndEditsACertificationAndBothAreAudited() throws Exception {
        String code = Fixtures.unique("PMP");
        mvc.perform(post("/framework/certifications").param("code", code).param("nameEn", "Project Professional")
                .param("nameVi", "Chuyên gia dự án").param("nameZh", "项目专家").param("issuer", "PMI")
                .param("validityMonths", "36").with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from certification where code = ?", Long.class, code);
        CertificationView created = queries.certification(id).orElseThrow();
        assertThat(created.name().zh()).isEqualTo("项目专家");
        assertThat(created.issuer()).isEqualTo("PMI");
        assertThat(created.validityMonths()).isEqualTo(36);
        assertThat(framework.auditCount("certification", id, "certification.created")).isEqualTo(1);

        mvc.perform(get("/framework/certifications/" + id).with(user(hr)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"PMI\"")));
        mvc.perform(post("/framework/certifications/" + id).param("code", code).param("nameEn", "Project Professional")
                .param("issuer", "PMI Global").param("validityMonths", "").param("version", String.valueOf(created.version()))
                .with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(queries.certification(id).orElseThrow().validityMonths()).as("no longer expires").isNull();
        assertThat(framework.auditCount("certification", id, "certification.updated")).isEqualTo(1);
        mvc.perform(post("/framework/certifications/" + id).param("code", code).param("nameEn", "Stale")
                .param("version", String.valueOf(created.version())).with(user(hr)).with(csrf()))
            .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select issuer from certification where id = ?", String.class, id))
            .isEqualTo("PMI Global");
        mvc.perform(get("/framework/certifications").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Project Professional")))
            .andExpect(content().string(containsString("Does not expire")));
    }

    @Test
    void aDuplicateCodeAMissingNameOrANonPositiveValidityIsRefusedAndNothingSaved() throws Exception {
        long existing = framework.certification("Existing cert", 12);
        String taken = jdbc.queryForObject("select code from certification where id = ?", String.class, existing);
        int before = count();
        mvc.perform(post("/framework/certifications").param("code", taken.toLowerCase()).param("nameEn", "Copy")
                .param("validityMonths", "12").with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "code", "competency.certification.code-taken"));
        mvc.perform(post("/framework/certifications").param("code", Fixtures.unique("Z")).param("nameEn", "")
                .param("issuer", "Kept issuer").param("validityMonths", "0").with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "nameEn", "validityMonths"))
            .andExpect(content().string(containsString("Enter a number of months greater than zero")))
            .andExpect(content().string(containsString("value=\"Kept issuer\"")));
        mvc.perform(post("/framework/certifications").param("code", Fixtures.unique("Z")).param("nameEn", "Negative")
                .param("validityMonths", "-3").with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "validityMonths"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anEarnedCertificationExpiresAfterItsValidityUnlessHrGivesAnotherDate() throws Exception {
        long twoYears = framework.certification("Two-year cert", 24);
        long forever = framework.certification("Lifetime cert", null);
        mvc.perform(post("/people/" + employee + "/certifications").param("certificationId", String.valueOf(twoYears))
                .param("earnedOn", "2025-03-15").param("evidence", "https://example.com/cert/123")
                .with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/people/" + employee + "/certifications").param("certificationId", String.valueOf(forever))
                .param("earnedOn", "2020-01-10").with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        List<EarnedCertificationView> records = queries.recordsOf(employee);
        assertThat(records).extracting(EarnedCertificationView::certificationId).containsExactly(twoYears, forever);
        assertThat(records.get(0).expiresOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(records.get(0).evidenceIsLink()).isTrue();
        assertThat(records.get(1).expiresOn()).isNull();
        assertThat(framework.auditCount("employee_certification", records.get(0).id(),
            "employee-certification.recorded")).isEqualTo(1);

        long record = records.get(0).id();
        mvc.perform(post("/people/" + employee + "/certifications/" + record)
                .param("certificationId", String.valueOf(twoYears)).param("earnedOn", "2025-03-15")
                .param("expiresOn", "2026-01-31").param("evidence", "Certificate no. 123")
                .with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select expires_on from employee_certification where id = ?", Date.class, record)
            .toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(framework.auditCount("employee_certification", record, "employee-certification.updated"))
            .isEqualTo(1);

        mvc.perform(post("/people/" + employee + "/certifications/" + record)
                .param("certificationId", String.valueOf(twoYears)).param("earnedOn", "2025-03-15")
                .param("expiresOn", "2025-01-01").with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "expiresOn", "competency.earned.expiry-before-earned"));
        mvc.perform(post("/people/" + employee + "/certifications").param("certificationId", "")
                .param("earnedOn", "2999-01-01").with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "earnedOn"));
        assertThat(queries.recordsOf(employee)).hasSize(2);

        mvc.perform(post("/people/" + employee + "/certifications/" + record + "/remove").with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(queries.recordsOf(employee)).hasSize(1);
        assertThat(framework.auditCount("employee_certification", record, "employee-certification.removed"))
            .isEqualTo(1);
    }

    @Test
    void heldCertificationsAreThoseValidOnTheDay() {
        long expired = framework.certification("Expired cert", 12);
        long valid = framework.certification("Valid cert", 12);
        long renewed = framework.certification("Renewed cert", 12);
        LocalDate today = LocalDate.of(2026, 6, 1);
        framework.earned(employee, expired, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        framework.earned(employee, valid, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 1));
        framework.earned(employee, renewed, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        framework.earned(employee, renewed, LocalDate.of(2026, 2, 1), null);
        framework.earned(employee, framework.certification("Future cert", null), LocalDate.of(2026, 7, 1), null);

        List<HeldCertification> held = queries.heldBy(employee, today);
        assertThat(held).extracting(HeldCertification::certificationId).containsExactlyInAnyOrder(valid, renewed);
        assertThat(held).filteredOn(h -> h.certificationId() == renewed).singleElement()
            .satisfies(h -> assertThat(h.expiresOn()).isNull());
        assertThat(queries.heldBy(employee, LocalDate.of(2026, 6, 2))).extracting(HeldCertification::certificationId)
            .containsExactly(renewed);
        Map<Long, Set<Long>> many = queries.heldBy(List.of(employee, colleague), today);
        assertThat(many.get(employee)).containsExactlyInAnyOrder(valid, renewed);
        assertThat(many).doesNotContainKey(colleague);
    }

    @Test
    void hrRecordsAHolderByEmployeeNumberOnTheCertificationsPage() throws Exception {
        long certification = framework.certification("Holder cert", 6);
        String number = jdbc.queryForObject("select employee_number from employee where id = ?", String.class, employee);
        mvc.perform(post("/framework/certifications/" + certification + "/holders").param("employeeNumber", "NOBODY-123")
                .param("earnedOn", "2026-01-01").with(user(hr)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrorCode("form", "employeeNumber", "competency.earned.employee-unknown"));
        mvc.perform(post("/framework/certifications/" + certification + "/holders").param("employeeNumber", number)
                .param("earnedOn", "2026-01-01").param("evidence", "Paper copy in file").with(user(hr)).with(csrf()))
            .andExpect(status().is3xxRedirection());
        assertThat(queries.holdersOf(certification)).singleElement().satisfies(h -> {
            assertThat(h.employeeId()).isEqualTo(employee);
            assertThat(h.expiresOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        });
        mvc.perform(get("/framework/certifications/" + certification + "/holders").with(user(hr)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Cert Employee")))
            .andExpect(content().string(containsString("Paper copy in file")));
    }

    @Test
    void thePersonAndTheirManagerLineReadTheListButOnlyHrWritesAndOthersSeeNothing() throws Exception {
        long certification = framework.certification("Visible cert", null);
        framework.earned(employee, certification, LocalDate.of(2025, 5, 5), null);
        String page = "/people/" + employee + "/certifications";
        mvc.perform(get(page).with(user(user(employee)))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Visible cert")))
            .andExpect(content().string(not(containsString("name=\"certificationId\""))));
        mvc.perform(get(page).with(user(user(manager, Role.MANAGER)))).andExpect(status().isOk());
        mvc.perform(get(page).with(user(hr))).andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"certificationId\"")));
        mvc.perform(get(page).with(user(user(colleague)))).andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(user(null, Role.EXECUTIVE)))).andExpect(status().isNotFound());
        mvc.perform(get("/people/987654321/certifications").with(user(hr))).andExpect(status().isNotFound());

        int before = queries.recordsOf(employee).size();
        for (PathwiseUser refused : List.of(user(employee), user(manager, Role.MANAGER), user(colleague))) {
            mvc.perform(post(page).param("certificationId", String.valueOf(certification)).param("earnedOn", "2026-01-01")
                    .with(user(refused)).with(csrf()))
                .andExpect(status().isNotFound());
        }
        long record = queries.recordsOf(employee).get(0).id();
        mvc.perform(post(page + "/" + record + "/remove").with(user(user(manager, Role.MANAGER))).with(csrf()))
            .andExpect(status().isNotFound());
        mvc.perform(get(page + "/" + record).with(user(user(employee)))).andExpect(status().isNotFound());
        mvc.perform(post("/people/" + colleague + "/certifications/" + record + "/remove").with(user(hr)).with(csrf()))
            .andExpect(status().isNotFound());
        assertThat(queries.recordsOf(employee)).hasSize(before);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from certification", Integer.class);
    }
}
