package app.pathwise.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.TestPropertySource;

/** With {@code pathwise.scheduling.enabled=false} (the test profile) no job runs by itself, mail or not. */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=1"})
class SchedulingSwitchTests {

    @Autowired
    ApplicationContext context;

    @Test
    void noJobIsScheduled() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
            .allSatisfy(holder -> assertThat(holder.getScheduledTasks()).isEmpty());
    }
}
