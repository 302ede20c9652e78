package app.pathwise.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Seeds the demo company once the application has started (after Flyway built the schema).
 * {@code pathwise.demo.enabled} decides; left unset, only the embedded database gets the demo
 * company, so a real organisation's database is never filled with fictitious people by accident.
 */
@Component
class DemoOrganisationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationRunner.class);
    // Looked up by name: the production jar carries the class but not the server it starts.
    private static final String EMBEDDED_DATABASE = "app.pathwise.shared.database.EmbeddedDatabase";
    private static final String EMBEDDED_SERVER = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    static final int DEFAULT_EMPLOYEES = 300;

    private final Environment environment;
    private final BeanFactory beans;
    private final DemoOrganisationSeeder seeder;

    DemoOrganisationRunner(Environment environment, BeanFactory beans, DemoOrganisationSeeder seeder) {
        this.environment = environment;
        this.beans = beans;
        this.seeder = seeder;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Boolean enabled = environment.getProperty("pathwise.demo.enabled", Boolean.class);
        if (Boolean.FALSE.equals(enabled)) {
            return;
        }
        if (enabled == null && !embeddedDatabaseInUse()) {
            log.info("Demo organisation not seeded: the database is not the embedded one "
                + "(set pathwise.demo.enabled=true to seed it anyway)");
            return;
        }
        seeder.seed(environment.getProperty("pathwise.demo.employees", Integer.class, DEFAULT_EMPLOYEES));
    }

    private boolean embeddedDatabaseInUse() {
        ClassLoader classLoader = getClass().getClassLoader();
        if (!ClassUtils.isPresent(EMBEDDED_SERVER, classLoader)
            || !ClassUtils.isPresent(EMBEDDED_DATABASE, classLoader)) {
            return false;
        }
        Class<?> type = ClassUtils.resolveClassName(EMBEDDED_DATABASE, classLoader);
        return beans.getBeanProvider(type).getIfAvailable() != null;
    }
}
