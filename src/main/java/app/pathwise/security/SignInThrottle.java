package app.pathwise.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down and then locks repeated failed sign-ins, per e-mail address (known or not, so the
 * answer tells nothing about which accounts exist) and per client address. Every attempt is
 * stored and logged.
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Rule PER_EMAIL = new Rule(3, 10);
    static final Rule PER_ADDRESS = new Rule(10, 50);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the caller must still wait before another attempt, or empty when it may try now. */
    Optional<Duration> waitBefore(String email, String clientAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        Failures byEmail = jdbc.queryForObject("""
            select count(*), max(attempted_at) from sign_in_attempt
             where lower(email) = ? and not succeeded and attempted_at > ?
               and attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
                                             where lower(s.email) = ? and s.succeeded), '-infinity')
            """, Failures.MAPPER, key(email), Timestamp.from(since), key(email));
        Failures byAddress = jdbc.queryForObject("""
            select count(*), max(attempted_at) from sign_in_attempt
             where client_address = ? and not succeeded and attempted_at > ?
            """, Failures.MAPPER, clientAddress, Timestamp.from(since));
        Instant allowedAt = later(PER_EMAIL.allowedAt(byEmail), PER_ADDRESS.allowedAt(byAddress));
        return allowedAt.isAfter(now) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
    }

    void record(String email, String clientAddress, boolean succeeded) {
        jdbc.update("insert into sign_in_attempt (email, client_address, succeeded, attempted_at) values (?, ?, ?, ?)",
            truncate(email.strip(), 254), truncate(clientAddress, 64), succeeded, Timestamp.from(clock.instant()));
        if (succeeded) {
            log.info("Sign-in succeeded for {} from {}", email, clientAddress);
        } else {
            log.warn("Sign-in failed for {} from {}", email, clientAddress);
        }
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** From {@code slowAfter} failures each attempt waits twice as long; from {@code lockAfter} the window locks. */
    record Rule(int slowAfter, int lockAfter) {

        static final Duration MAX_DELAY = Duration.ofSeconds(60);

        Instant allowedAt(Failures failures) {
            if (failures.count() < slowAfter || failures.last() == null) {
                return Instant.EPOCH;
            }
            if (failures.count() >= lockAfter) {
                return failures.last().plus(WINDOW);
            }
            long seconds = 1L << Math.min(failures.count() - slowAfter, 6);
            Duration delay = Duration.ofSeconds(seconds);
            return failures.last().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
    }

    record Failures(int count, Instant last) {
        static final org.springframework.jdbc.core.RowMapper<Failures> MAPPER = (rs, row) -> {
            Timestamp last = rs.getTimestamp(2);
            return new Failures(rs.getInt(1), last == null ? null : last.toInstant());
        };
    }
}
