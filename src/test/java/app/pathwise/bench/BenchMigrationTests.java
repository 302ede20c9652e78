package app.pathwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The bench profile's Flyway locations build the schema and the fortune table on a fresh database. */
class BenchMigrationTests {

    @Test
    void benchLocationAddsTheTwelveFortunesOnceEvenWhenTheMigrationRunsAgain() throws Exception {
        TestDatabase.Server server = TestDatabase.get();
        String name = "bench_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        String url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        Flyway flyway = Flyway.configure().dataSource(url, server.username(), server.password())
            .locations("classpath:db/migration", "classpath:db/bench").load();

        assertThat(flyway.migrate().success).isTrue();
        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
             Statement statement = connection.createStatement()) {
            // A changed checksum re-runs a repeatable migration: it must not fail nor duplicate rows.
            statement.execute("update flyway_schema_history set checksum = 0 where script = 'R__fortune.sql'");
            assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
            try (ResultSet rows = statement.executeQuery(
                "select count(*), max(message) filter (where id = 12) from fortune")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(12);
                assertThat(rows.getString(2)).isEqualTo("フレームワークのベンチマーク");
            }
        }
    }
}
