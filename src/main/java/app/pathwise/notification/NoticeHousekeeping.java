package app.pathwise.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes notices and e-mail rows once their retention ({@link NotificationRetention}) has passed,
 * so the inbox and the outbox do not keep personal data for ever. Runs daily
 * ({@code pathwise.notification.retention.cron}) on one instance at a time.
 *
 * <p>Each kind of row goes in batches, one {@code delete ... where id in (select ... limit n)}
 * statement each, repeated until a batch comes back short; the job runs outside any transaction, so
 * every statement commits by itself and a large backlog never makes one long transaction. A mail
 * still to be sent (PENDING, also while it waits for another try) is never deleted: not by itself,
 * and not through its notice (the outbox row goes with its notice, {@code on delete cascade}), so a
 * notice whose mail is pending is kept too. The outbox rows go first, so they are counted as such.
 */
@Component
class NoticeHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeHousekeeping.class);

    static final String SENT_MAILS = """
        delete from mail_outbox where id in (
            select id from mail_outbox where status = 'SENT' and sent_at < ? limit ?)""";

    /*
     * No column says when a mail failed for good; the last failure sets next_attempt_at to the time
     * it would have been tried again, a little after the last try, so counting from it never
     * deletes a failed mail before its retention.
     */
    static final String FAILED_MAILS = """
        delete from mail_outbox where id in (
            select id from mail_outbox where status = 'FAILED' and next_attempt_at < ? limit ?)""";

    static final String READ_NOTICES = """
        delete from notification where id in (
            select n.id from notification n
             where n.read_at < ?
               and not exists (select 1 from mail_outbox o where o.notification_id = n.id and o.status = 'PENDING')
             limit ?)""";

    static final String ALL_NOTICES = """
        delete from notification where id in (
            select n.id from notification n
             where n.created_at < ?
               and not exists (select 1 from mail_outbox o where o.notification_id = n.id and o.status = 'PENDING')
             limit ?)""";

    private final JdbcTemplate jdbc;
    private final NotificationRetention retention;
    private final Clock clock;

    NoticeHousekeeping(JdbcTemplate jdbc, NotificationRetention retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    /** Deletes what has outlived its retention as of now and logs how much; running it again removes nothing. */
    @Scheduled(cron = "${pathwise.notification.retention.cron:0 30 3 * * *}")
    @SchedulerLock(name = "notification.housekeeping", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public Removed removeExpired() {
        Instant now = clock.instant();
        Removed removed = new Removed(
            inBatches(SENT_MAILS, now.minus(retention.sentMails())),
            inBatches(FAILED_MAILS, now.minus(retention.failedMails())),
            inBatches(READ_NOTICES, now.minus(retention.readNotices())),
            inBatches(ALL_NOTICES, now.minus(retention.allNotices())));
        LOG.info("Notification housekeeping removed {} sent e-mails older than {} days, {} failed e-mails older than"
                + " {} days, {} notices read more than {} days ago and {} further notices older than {} days",
            removed.sentMails(), days(retention.sentMails()), removed.failedMails(), days(retention.failedMails()),
            removed.readNotices(), days(retention.readNotices()), removed.oldNotices(), days(retention.allNotices()));
        return removed;
    }

    private int inBatches(String delete, Instant before) {
        Timestamp cutoff = Timestamp.from(before);
        int total = 0;
        int removed;
        do {
            removed = jdbc.update(delete, cutoff, retention.batchSize());
            total += removed;
        }
        while (removed == retention.batchSize());
        return total;
    }

    private static long days(Duration period) {
        return period.toDays();
    }

    /**
     * What one run deleted. E-mail rows deleted with their notices are not counted as e-mails.
     *
     * @param sentMails sent e-mail rows past their retention
     * @param failedMails e-mail rows that failed for good, past their retention
     * @param readNotices notices read longer ago than their retention
     * @param oldNotices further notices, read or not, older than the retention of any notice
     */
    record Removed(int sentMails, int failedMails, int readNotices, int oldNotices) {

        int total() {
            return sentMails + failedMails + readNotices + oldNotices;
        }
    }
}
