package app.pathwise.notification;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail outbox. Rows are written by {@link InboxNotifier} with the notice; {@link #sendDue()}
 * sends the due ones in batches, each batch in one transaction over one SMTP connection, with its
 * rows locked ({@code for update skip locked}) so that no two instances or runs send the same mail.
 * A failed mail is tried again later, after a wait that doubles each time, until
 * {@code pathwise.mail.max-attempts} tries have failed; then it is marked FAILED.
 *
 * <p>Without a mail server ({@code spring.mail.host} unset) e-mail is off: nothing is queued, the
 * inbox works as usual, and this is said once in the log at start-up.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int MAX_BATCHES_PER_RUN = 20;
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JavaMailSender sender;
    private final NoticeMails mails;
    private final MailSettings settings;

    MailOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
               ObjectProvider<JavaMailSender> senders, NoticeMails mails, MailSettings settings) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.sender = senders.getIfAvailable();
        this.mails = mails;
        this.settings = settings;
        if (sender == null) {
            log.info("E-mail is off (spring.mail.host is not set): notices go to the in-app inbox only");
        }
    }

    /** True when a mail server is configured, so notices are also queued as e-mail. */
    boolean enabled() {
        return sender != null;
    }

    /** Sends the mails that are due; returns how many were sent. Does nothing when e-mail is off. */
    int sendDue() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            BatchResult result = transactions.execute(status -> sendBatch());
            sent += result.sent();
            if (result.selected() < settings.batchSize() || result.sent() == 0) {
                break;
            }
        }
        return sent;
    }

    private BatchResult sendBatch() {
        Instant now = clock.instant();
        List<OutgoingMail> due = jdbc.query("""
            select o.id, o.recipient_address, o.language, o.attempts, n.kind, n.arguments::text as arguments, n.link
              from mail_outbox o
              join notification n on n.id = o.notification_id
             where o.status = 'PENDING' and o.next_attempt_at <= ?
             order by o.next_attempt_at, o.id
             limit ?
               for update of o skip locked
            """, (rs, n) -> new OutgoingMail(rs.getLong("id"), rs.getString("recipient_address"),
            rs.getString("language"), rs.getInt("attempts"), rs.getString("kind"), rs.getString("arguments"),
            rs.getString("link")), Timestamp.from(now), settings.batchSize());
        if (due.isEmpty()) {
            return new BatchResult(0, 0);
        }
        Map<OutgoingMail, Exception> failures = new LinkedHashMap<>();
        Map<MimeMessage, OutgoingMail> prepared = new IdentityHashMap<>();
        for (OutgoingMail mail : due) {
            try {
                prepared.put(mails.compose(sender.createMimeMessage(), mail), mail);
            }
            catch (Exception e) {
                failures.put(mail, e);
            }
        }
        if (!prepared.isEmpty()) {
            try {
                sender.send(prepared.keySet().toArray(MimeMessage[]::new));
            }
            catch (MailSendException e) {
                if (e.getFailedMessages().isEmpty()) {
                    prepared.values().forEach(mail -> failures.put(mail, e));
                }
                e.getFailedMessages().forEach((message, cause) -> failures.put(prepared.get(message), cause));
            }
            catch (MailException e) {
                prepared.values().forEach(mail -> failures.put(mail, e));
            }
        }
        List<Object[]> sent = new ArrayList<>();
        for (OutgoingMail mail : due) {
            if (!failures.containsKey(mail)) {
                sent.add(new Object[] {Timestamp.from(now), mail.id()});
            }
        }
        jdbc.batchUpdate("""
            update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null
             where id = ?
            """, sent);
        jdbc.batchUpdate("""
            update mail_outbox
               set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                   status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end
             where id = ?
            """, failures.entrySet().stream().map(failure -> new Object[] {describe(failure.getValue()),
            Timestamp.from(now.plus(retryDelay(failure.getKey().attempts()))), settings.maxAttempts(),
            failure.getKey().id()}).toList());
        if (!failures.isEmpty()) {
            log.warn("{} of {} e-mails could not be sent; first problem: {}", failures.size(), due.size(),
                describe(failures.values().iterator().next()));
        }
        return new BatchResult(due.size(), sent.size());
    }

    /** 1, 2, 4, 8 ... times the retry delay, by the tries made so far. */
    private Duration retryDelay(int attemptsBefore) {
        return settings.retryDelay().multipliedBy(1L << Math.min(attemptsBefore, 10));
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text.toString();
    }

    private record BatchResult(int selected, int sent) {
    }
}
