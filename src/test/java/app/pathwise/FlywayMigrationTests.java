package app.pathwise;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** Every migration applies, in order, to a database that has never seen Pathwise. */
class FlywayMigrationTests {

    @Test
    void migrationsBuildTheSchemaFromAnEmptyDatabase() throws Exception {
        TestDatabase.Server server = TestDatabase.get();
        String name = "empty_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        }
        String url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        MigrateResult result = Flyway.configure().dataSource(url, server.username(), server.password())
            .locations("classpath:db/migration").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
        try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
             ResultSet tables = connection.createStatement().executeQuery(
                 "select count(*) from information_schema.tables where table_schema = 'public'"
                     + " and table_name in ('employee', 'department', 'job_title', 'job_history', 'account',"
                     + " 'account_role', 'sign_in_attempt', 'audit_entry')")) {
            tables.next();
            assertThat(tables.getInt(1)).isEqualTo(8);
        }
    }
}
