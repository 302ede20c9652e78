package app.pathwise.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox every {@code pathwise.mail.send-interval} (30 seconds), on one application
 * instance at a time. Present only when a mail server is configured.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailOutboxJob {

    private final MailOutbox outbox;

    MailOutboxJob(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${pathwise.mail.send-interval:PT30S}",
               initialDelayString = "${pathwise.mail.send-interval:PT30S}")
    @SchedulerLock(name = "notification.mail-outbox", lockAtMostFor = "PT10M")
    public void sendPending() {
        outbox.sendDue();
    }
}
