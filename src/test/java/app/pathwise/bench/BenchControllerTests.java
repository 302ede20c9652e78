package app.pathwise.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.MockMvc;

// The test JVM shares one database between contexts: a Flyway history entry from db/bench would
// make the other contexts fail validation, so the fixture script is run by hand instead.
@IntegrationTest
@ActiveProfiles({"test", "bench"})
@TestPropertySource(properties = "spring.flyway.locations=classpath:db/migration")
class BenchControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void createFortunes() {
        new ResourceDatabasePopulator(false, false, "UTF-8", new ClassPathResource("db/bench/R__fortune.sql"))
            .execute(dataSource);
    }

    @Test
    void fortunesListsTheTableAndTheAddedRowSortedByMessageAndEscaped() throws Exception {
        String html = mvc.perform(get("/bench/fortunes").with(user("bench")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table>"
            + "<tr><th>id</th><th>message</th></tr>"
            + "<tr><td>11</td><td>&lt;script&gt;alert(&quot;This should not be displayed in a browser alert box.&quot;);"
            + "&lt;/script&gt;</td></tr>"
            + "<tr><td>4</td><td>A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1</td></tr>");
        assertThat(html).contains("<tr><td>0</td><td>Additional fortune added at request time.</td></tr>")
            .endsWith("<tr><td>12</td><td>フレームワークのベンチマーク</td></tr></table></body></html>\n")
            .doesNotContain("<script>");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 13);
    }

    @Test
    void statementsReportsTheTotalCountAsPlainText() throws Exception {
        String before = mvc.perform(get("/bench/statements").with(user("bench")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/bench/fortunes").with(user("bench"))).andExpect(status().isOk());
        String after = mvc.perform(get("/bench/statements").with(user("bench")))
            .andReturn().getResponse().getContentAsString();

        assertThat(Long.parseLong(after) - Long.parseLong(before)).isEqualTo(1);
    }
}
