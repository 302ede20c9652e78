package app.pathwise.shared.scheduling;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs for every module, each run on one application instance at a time: annotate the
 * job with {@code @Scheduled} and {@code @SchedulerLock(name = "<module>.<job>")}. The locks live in
 * the {@code shedlock} table and use the database's clock, so instances whose clocks differ agree.
 *
 * <p>{@code pathwise.scheduling.enabled=false} (the test profile) stops the jobs from starting by
 * themselves; tests call them directly. The lock provider stays, so a test can check the locks.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .usingDbTime()
            .build());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "pathwise.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    @EnableScheduling
    @EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
    static class Jobs {
    }
}
