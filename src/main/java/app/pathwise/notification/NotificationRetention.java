package app.pathwise.notification;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * How long notices and e-mail copies are kept before {@link NoticeHousekeeping} deletes them
 * ({@code pathwise.notification.retention.*}; a bare number means days, {@code 90d} works too; the
 * schedule itself is {@code pathwise.notification.retention.cron}). Keep every period longer than
 * the window in which a sender may repeat a deduplicated notice (plan reminders look back 7 days),
 * else a deleted reminder could be sent again.
 *
 * @param readNotices a notice is deleted this long after its reader opened it
 * @param allNotices any notice, read or not, is deleted this long after it was sent
 * @param sentMails an e-mail row is deleted this long after it was sent
 * @param failedMails an e-mail row that failed for good is deleted this long after its last try
 * @param batchSize rows removed by one statement (and so one transaction)
 */
@ConfigurationProperties("pathwise.notification.retention")
record NotificationRetention(@DefaultValue("90d") @DurationUnit(ChronoUnit.DAYS) Duration readNotices,
                             @DefaultValue("365d") @DurationUnit(ChronoUnit.DAYS) Duration allNotices,
                             @DefaultValue("30d") @DurationUnit(ChronoUnit.DAYS) Duration sentMails,
                             @DefaultValue("90d") @DurationUnit(ChronoUnit.DAYS) Duration failedMails,
                             @DefaultValue("5000") int batchSize) {

    NotificationRetention {
        for (Duration period : new Duration[] {readNotices, allNotices, sentMails, failedMails}) {
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("pathwise.notification.retention periods must be positive: "
                    + period);
            }
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("pathwise.notification.retention.batch-size must be at least 1: "
                + batchSize);
        }
    }
}
