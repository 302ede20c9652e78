package app.pathwise.support;

import app.pathwise.shared.database.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server per test JVM: a Testcontainers container where Docker is available,
 * the embedded server otherwise. {@code -Dpathwise.test.database=embedded|docker} forces either.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Server server;

    private TestDatabase() {
    }

    public record Server(String jdbcUrl, String username, String password) {
    }

    public static synchronized Server get() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Server start() {
        String forced = System.getProperty("pathwise.test.database", "");
        boolean docker = switch (forced) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        if (docker) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("Tests run on a PostgreSQL container");
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.startEphemeral();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                embedded.close();
            } catch (Exception e) {
                log.warn("Could not stop the embedded PostgreSQL server", e);
            }
        }));
        log.info("Tests run on an embedded PostgreSQL server");
        return new Server(embedded.jdbcUrl(), embedded.username(), embedded.password());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
