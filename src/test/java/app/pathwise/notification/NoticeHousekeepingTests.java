package app.pathwise.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pathwise.notification.NoticeHousekeeping.Removed;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The daily housekeeping, run as of a fixed day in 2001 on rows dated around it: every other test's
 * rows are younger than that day, so they are never old enough and the counts here are exact. Each
 * test's rows belong to a recipient of its own and are removed afterwards.
 */
@IntegrationTest
class NoticeHousekeepingTests {

    static final Instant NOW = Instant.parse("2001-06-01T12:00:00Z");
    static final Duration MINUTE = Duration.ofMinutes(1);
    static final NotificationRetention DEFAULTS = new NotificationRetention(Duration.ofDays(90), Duration.ofDays(365),
        Duration.ofDays(30), Duration.ofDays(90), 5000);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    NotificationRetention retention;

    @Autowired
    NoticeHousekeeping housekeeping;

    long recipient;

    @BeforeEach
    void recipient() {
        recipient = new Fixtures(jdbc, encoder).employee("Housekeeping Person", null);
    }

    @AfterEach
    void removeRows() {
        jdbc.update("delete from notification where recipient_id = ?", recipient);
    }

    @Test
    void eachRetentionKeepsWhatIsJustInsideAndRemovesWhatIsJustOutside() {
        long readJustInside = notice(days(100), days(90).plus(MINUTE));
        long readJustOutside = notice(days(100), days(90).minus(MINUTE));
        long unreadJustInside = notice(days(365).plus(MINUTE), null);
        long unreadJustOutside = notice(days(365).minus(MINUTE), null);
        long readLatelyButOld = notice(days(365).minus(MINUTE), days(1));
        long sentJustInside = mail(notice(days(40), null), "SENT", days(30).plus(MINUTE));
        long sentJustOutside = mail(notice(days(40), null), "SENT", days(30).minus(MINUTE));
        long failedJustInside = mail(notice(days(91), null), "FAILED", days(90).plus(MINUTE));
        long failedJustOutside = mail(notice(days(91), null), "FAILED", days(90).minus(MINUTE));

        Removed removed = housekeeping(DEFAULTS).removeExpired();

        assertThat(removed).isEqualTo(new Removed(1, 1, 1, 2));
        assertThat(notices()).contains(readJustInside, unreadJustInside)
            .doesNotContain(readJustOutside, unreadJustOutside, readLatelyButOld).hasSize(6);
        assertThat(mails()).containsExactlyInAnyOrder(sentJustInside, failedJustInside);
        assertThat(housekeeping(DEFAULTS).removeExpired().total()).as("a second run").isZero();
        assertThat(notices()).hasSize(6);
        assertThat(mails()).containsExactlyInAnyOrder(sentJustInside, failedJustInside);
        assertThat(sentJustOutside).isNotIn(mails());
        assertThat(failedJustOutside).isNotIn(mails());
    }

    @Test
    void aMailStillToBeSentIsNeverRemovedNorItsNotice() {
        long waitingForAnotherTry = notice(days(400), days(200));
        long waitingMail = mail(waitingForAnotherTry, "PENDING", days(399));
        long neverTried = notice(days(500), null);
        long neverTriedMail = mail(neverTried, "PENDING", days(500));

        Removed removed = housekeeping(DEFAULTS).removeExpired();

        assertThat(removed.total()).isZero();
        assertThat(notices()).containsExactlyInAnyOrder(waitingForAnotherTry, neverTried);
        assertThat(mails()).containsExactlyInAnyOrder(waitingMail, neverTriedMail);
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = ? where id = ?", at(days(31)), waitingMail);
        assertThat(housekeeping(DEFAULTS).removeExpired()).as("once it is sent").isEqualTo(new Removed(1, 0, 1, 0));
        assertThat(notices()).containsExactly(neverTried);
    }

    @Test
    void aBacklogGoesInBatchesOfTheConfiguredSizeUntilABatchComesBackShort() {
        for (int i = 0; i < 5; i++) {
            mail(notice(days(40), null), "SENT", days(31 + i));
            notice(days(100), days(91 + i));
        }
        for (int i = 0; i < 4; i++) {
            mail(notice(days(100), null), "FAILED", days(91 + i));
        }
        for (int i = 0; i < 3; i++) {
            notice(days(366 + i), null);
        }
        CountingJdbc counting = new CountingJdbc(jdbc.getDataSource());
        NotificationRetention small = new NotificationRetention(DEFAULTS.readNotices(), DEFAULTS.allNotices(),
            DEFAULTS.sentMails(), DEFAULTS.failedMails(), 2);

        Removed removed = new NoticeHousekeeping(counting, small, Clock.fixed(NOW, ZoneOffset.UTC)).removeExpired();

        assertThat(removed).isEqualTo(new Removed(5, 4, 5, 3));
        assertThat(counting.removedPerStatement).containsExactly(2, 2, 1, 2, 2, 0, 2, 2, 1, 2, 1);
        assertThat(mails()).isEmpty();
        assertThat(notices()).as("the notices of the mails").hasSize(9);
        assertThat(housekeeping(small).removeExpired().total()).as("a second run").isZero();
    }

    @Test
    void theRetentionIsReadFromThePropertiesWithDaysAsTheUnit() {
        assertThat(retention).isEqualTo(DEFAULTS);
        NotificationRetention bound = new Binder(new MapConfigurationPropertySource(Map.of(
            "pathwise.notification.retention.read-notices", "30",
            "pathwise.notification.retention.sent-mails", "7d",
            "pathwise.notification.retention.batch-size", "100")))
            .bindOrCreate("pathwise.notification.retention", NotificationRetention.class);
        assertThat(bound).isEqualTo(new NotificationRetention(Duration.ofDays(30), Duration.ofDays(365),
            Duration.ofDays(7), Duration.ofDays(90), 100));
        assertThatThrownBy(() -> new NotificationRetention(Duration.ZERO, Duration.ofDays(365), Duration.ofDays(30),
            Duration.ofDays(90), 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationRetention(Duration.ofDays(90), Duration.ofDays(365),
            Duration.ofDays(30), Duration.ofDays(90), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApplicationsJobCountsFromTheApplicationsClock() {
        Instant now = Instant.now();
        long readLongAgo = notice(now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(91)));
        long readLately = notice(now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(89)));

        housekeeping.removeExpired();

        assertThat(notices()).containsExactly(readLately).doesNotContain(readLongAgo);
    }

    private NoticeHousekeeping housekeeping(NotificationRetention settings) {
        return new NoticeHousekeeping(jdbc, settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The moment this long before {@link #NOW}. */
    private static Instant days(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    private long notice(Instant created, Instant read) {
        return jdbc.queryForObject("""
            insert into notification (recipient_id, kind, link, created_at, read_at)
            values (?, 'account.password-changed', '/settings', ?, ?) returning id
            """, Long.class, recipient, at(created), read == null ? null : at(read));
    }

    /** A mail of the notice: sent at {@code when}, failed for good with its next try at {@code when}, or pending. */
    private long mail(long notice, String status, Instant when) {
        Instant created = jdbc.queryForObject("select created_at from notification where id = ?", Timestamp.class,
            notice).toInstant();
        return jdbc.queryForObject("""
            insert into mail_outbox (notification_id, recipient_address, language, status, attempts, created_at,
                                     next_attempt_at, sent_at)
            values (?, 'housekeeping@test.example.com', 'en', ?, ?, ?, ?, ?) returning id
            """, Long.class, notice, status, status.equals("PENDING") ? 3 : 8, at(created),
            at(status.equals("SENT") ? created : when), status.equals("SENT") ? at(when) : null);
    }

    private List<Long> notices() {
        return jdbc.queryForList("select id from notification where recipient_id = ? order by id", Long.class,
            recipient);
    }

    private List<Long> mails() {
        return jdbc.queryForList("select o.id from mail_outbox o join notification n on n.id = o.notification_id"
            + " where n.recipient_id = ? order by o.id", Long.class, recipient);
    }

    /** Records how many rows each delete statement removed. */
    static final class CountingJdbc extends JdbcTemplate {

        final List<Integer> removedPerStatement = new ArrayList<>();

        CountingJdbc(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public int update(String sql, Object... args) {
            int removed = super.update(sql, args);
            removedPerStatement.add(removed);
            return removed;
        }
    }
}
