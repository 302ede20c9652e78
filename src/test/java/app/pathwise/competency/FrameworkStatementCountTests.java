package app.pathwise.competency;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.sql.StatementCounter;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The framework pages run a fixed number of SQL statements, for 5 competencies as for 50. */
@IntegrationTest
class FrameworkStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    FrameworkFixtures framework;
    PathwiseUser hr;

    @BeforeEach
    void setUp() {
        framework = new FrameworkFixtures(jdbc);
        hr = user(null, Role.HR);
    }

    @Test
    void theCompetencyListCostsTheSameForFiveAndFiftyCompetencies() throws Exception {
        long small = framework.group("Small");
        long large = framework.group("Large");
        for (int i = 0; i < 5; i++) {
            framework.competency(small, "Small " + i);
        }
        for (int i = 0; i < 50; i++) {
            framework.competency(large, "Large " + i);
        }
        long five = count(get("/framework/competencies").param("group", String.valueOf(small)), hr);
        assertThat(five).isEqualTo(2);
        assertThat(count(get("/framework/competencies").param("group", String.valueOf(large)), hr)).isEqualTo(five);
        assertThat(count(get("/framework/competencies"), hr)).isEqualTo(five);
        assertThat(count(get("/framework/competencies").param("q", "Large").param("status", "active"), hr))
            .isEqualTo(five);
        assertThat(count(get("/framework/competency-groups"), hr)).isEqualTo(1);
    }

    @Test
    void aCompetencyAndItsFormHaveFixedCosts() throws Exception {
        long competency = framework.competency(framework.group("Single"), "Single");
        assertThat(count(get("/framework/competencies/" + competency), hr)).isEqualTo(1);
        assertThat(count(get("/framework/competencies/" + competency + "/edit"), hr)).isEqualTo(3);
        assertThat(count(get("/framework/competencies/new"), hr)).isEqualTo(2);
        assertThat(count(get("/framework/scale"), hr)).isEqualTo(1);
        assertThat(count(get("/framework/scale/2"), hr)).isEqualTo(1);
    }

    @Test
    void certificationPagesCostTheSameForFewAndManyRecords() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        long few = framework.certification("Few holders", 12);
        long many = framework.certification("Many holders", 12);
        long person = fixtures.employee("Counted Person", null);
        framework.earned(person, few, LocalDate.of(2025, 1, 1), null);
        for (int i = 0; i < 50; i++) {
            long holder = fixtures.employee("Holder " + i, null);
            framework.earned(holder, many, LocalDate.of(2025, 1, 1), null);
            framework.earned(person, framework.certification("Extra " + i, null), LocalDate.of(2025, 2, 1), null);
        }
        long holders = count(get("/framework/certifications/" + few + "/holders"), hr);
        assertThat(holders).isEqualTo(2);
        assertThat(count(get("/framework/certifications/" + many + "/holders"), hr)).isEqualTo(holders);
        assertThat(count(get("/framework/certifications"), hr)).isEqualTo(1);
        long other = fixtures.employee("Uncertified Person", null);
        assertThat(count(get("/people/" + person + "/certifications"), hr)).isEqualTo(3)
            .isEqualTo(count(get("/people/" + other + "/certifications"), hr));
        assertThat(count(get("/people/" + person + "/certifications"), user(person))).isEqualTo(2);
    }

    private long count(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        StatementCounter.reset();
        mvc.perform(request.with(user(as))).andExpect(status().isOk());
        return StatementCounter.current();
    }
}
