package app.pathwise.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A job's lock in the shedlock table is held by one instance at a time and released after the run. */
@IntegrationTest
class SchedulerLockTests {

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLockIsHeldByOneRunAtATime() {
        String name = Fixtures.unique("test-job");
        LockConfiguration job = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(job);
        assertThat(first).isPresent();
        assertThat(locks.lock(job)).as("another instance, while the first runs").isEmpty();
        assertThat(jdbc.queryForObject("select lock_until > timezone('utc', now()) from shedlock where name = ?",
            Boolean.class, name)).isTrue();

        first.get().unlock();
        Optional<SimpleLock> next = locks.lock(job);
        assertThat(next).as("the next run").isPresent();
        next.get().unlock();
    }
}
