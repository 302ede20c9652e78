package app.pathwise.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * With scheduling on, as in production, the outbox job sends by itself, under its ShedLock lock. The
 * context is closed afterwards so its job does not run on during other tests.
 */
@IntegrationTest
@TestPropertySource(properties = {"pathwise.scheduling.enabled=true", "pathwise.mail.send-interval=PT0.2S"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScheduledMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
        .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Notifier notifier;

    @Test
    void theOutboxJobSendsByItselfUnderItsLock() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        long employee = fixtures.employee("Scheduled Mail Person", null);
        String email = fixtures.account(employee, "scheduled mail passphrase");

        notifier.send(Notice.of(employee, "account.password-changed", "/settings", LocalDate.of(2026, 12, 1)));

        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!received(email) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(received(email)).as("mail to " + email + " sent by the job").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'notification.mail-outbox'",
            Long.class)).isEqualTo(1);
    }

    private static boolean received(String email) throws Exception {
        for (var message : smtp.getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(email)) {
                return true;
            }
        }
        return false;
    }
}
