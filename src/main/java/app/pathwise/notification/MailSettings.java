package app.pathwise.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings ({@code pathwise.mail.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}, and without {@code spring.mail.host} no e-mail is queued or sent.
 *
 * @param from the sender address of every mail
 * @param maxAttempts tries per mail before it is marked FAILED
 * @param retryDelay the wait after the first failed try; it doubles after each further one
 * @param batchSize mails sent over one SMTP connection, in one transaction
 */
@ConfigurationProperties("pathwise.mail")
record MailSettings(@DefaultValue("Pathwise <no-reply@localhost>") String from,
                    @DefaultValue("8") int maxAttempts,
                    @DefaultValue("PT1M") Duration retryDelay,
                    @DefaultValue("50") int batchSize) {
}
