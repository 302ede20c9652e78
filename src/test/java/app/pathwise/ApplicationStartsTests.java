package app.pathwise;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApplicationStartsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayBuildsTheSchemaOnAnEmptyDatabaseAndJpaValidatesIt() {
        Integer applied = jdbc.queryForObject(
            "select count(*) from flyway_schema_history where success", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL 18");
    }
}
