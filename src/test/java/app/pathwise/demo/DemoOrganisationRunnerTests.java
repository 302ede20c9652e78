package app.pathwise.demo;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import app.pathwise.shared.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

/** When the demo company is seeded: as configured, else only on the embedded database. */
class DemoOrganisationRunnerTests {

    private final DemoOrganisationSeeder seeder = mock(DemoOrganisationSeeder.class);
    private final MockEnvironment environment = new MockEnvironment();
    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    @Test
    void seedsTheConfiguredNumberOfEmployeesWhenEnabled() {
        environment.setProperty("pathwise.demo.enabled", "true");
        environment.setProperty("pathwise.demo.employees", "50000");

        run();

        verify(seeder).seed(50_000);
    }

    @Test
    void neverSeedsWhenDisabledEvenOnTheEmbeddedDatabase() {
        environment.setProperty("pathwise.demo.enabled", "false");
        beans.registerSingleton("embeddedDatabase", mock(EmbeddedDatabase.class));

        run();

        verify(seeder, never()).seed(anyInt());
    }

    @Test
    void leftUnsetSeedsThreeHundredOnTheEmbeddedDatabase() {
        beans.registerSingleton("embeddedDatabase", mock(EmbeddedDatabase.class));

        run();

        verify(seeder).seed(300);
    }

    @Test
    void leftUnsetNeverSeedsAnExternalDatabase() {
        run();

        verify(seeder, never()).seed(anyInt());
    }

    private void run() {
        new DemoOrganisationRunner(environment, beans, seeder).run(new DefaultApplicationArguments());
    }
}
