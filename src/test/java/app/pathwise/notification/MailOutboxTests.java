package app.pathwise.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.security.AccountService;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * E-mail through a real SMTP server (GreenMail, in process): a notice reaches the recipient once, in
 * their language, with the words from the bundle and a link under {@code pathwise.base-url}; a user
 * who turned e-mail off gets none; a failing server leaves the mail queued with its tries counted.
 */
@IntegrationTest
@TestPropertySource(properties = "pathwise.base-url=https://pathwise.test.example/")
class MailOutboxTests {

    static final LocalDate CHANGED_ON = LocalDate.of(2026, 12, 1);
    static final String PASSWORD = "mail outbox passphrase";

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

    @Autowired
    MailOutbox outbox;

    @Autowired
    NoticeMails mails;

    @Autowired
    MailSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    AccountService accounts;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(jdbc, encoder);
    }

    @Test
    void aNoticeArrivesOnceWithTheWordsOfTheBundleAndALinkToItsPage() throws Exception {
        Person person = person("en");
        notifier.send(Notice.of(person.employee(), "account.password-changed", "/paths/3?tab=levels", CHANGED_ON));

        outbox.sendDue();
        outbox.sendDue();

        List<MimeMessage> received = mailsTo(person.email());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Your password was changed");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        String plain = text(mail, "text/plain");
        assertThat(plain).contains("The password of your Pathwise account was changed on "
            + date(CHANGED_ON, Locale.ENGLISH) + ".")
            .contains("Open in Pathwise: https://pathwise.test.example/paths/3?tab=levels")
            .contains("You can turn them off in your settings:", "https://pathwise.test.example/settings");
        String html = text(mail, "text/html");
        assertThat(html).contains("href=\"https://pathwise.test.example/paths/3?tab=levels\"", ">Open in Pathwise<",
            "lang=\"en\"");
        assertThat(jdbc.queryForMap("select status, attempts, sent_at is not null as sent from mail_outbox o "
            + "join notification n on n.id = o.notification_id where n.recipient_id = ?", person.employee()))
            .containsEntry("status", "SENT").containsEntry("attempts", 1).containsEntry("sent", true);
    }

    @Test
    void eachRecipientReadsTheMailInTheirOwnLanguage() throws Exception {
        Person vietnamese = person("vi");
        Person chinese = person("zh-CN");
        notifier.send(Notice.of(vietnamese.employee(), "account.password-changed", "/settings", CHANGED_ON));
        notifier.send(Notice.of(chinese.employee(), "account.password-changed", "/settings", CHANGED_ON));

        outbox.sendDue();

        MimeMessage vi = single(vietnamese.email());
        assertThat(vi.getSubject()).isEqualTo("Mật khẩu của bạn đã được thay đổi");
        assertThat(text(vi, "text/plain")).contains(date(CHANGED_ON, Locale.forLanguageTag("vi")), "Mở trong Pathwise",
            "Bạn có thể tắt trong phần cài đặt");
        MimeMessage zh = single(chinese.email());
        assertThat(zh.getSubject()).isEqualTo("您的密码已更改");
        assertThat(text(zh, "text/plain")).contains("2026年12月1日", "在 Pathwise 中打开");
        assertThat(text(zh, "text/html")).contains("lang=\"zh-CN\"");
        preview("mail-vi.html", text(vi, "text/html"));
        preview("mail-zh-CN.html", text(zh, "text/html"));
    }

    @Test
    void someoneWithoutAnAccountGetsTheMailAtWorkInTheirPreferredLanguage() throws Exception {
        long employee = fixtures.employee("Mail Without Account", null);
        jdbc.update("update employee set preferred_language = 'vi' where id = ?", employee);
        String workEmail = jdbc.queryForObject("select work_email from employee where id = ?", String.class, employee);
        notifier.send(Notice.of(employee, "account.password-changed", "/settings", CHANGED_ON));

        outbox.sendDue();

        assertThat(single(workEmail).getSubject()).isEqualTo("Mật khẩu của bạn đã được thay đổi");
    }

    @Test
    void someoneWhoTurnedEmailOffGetsTheNoticeInTheInboxOnly() throws Exception {
        Person person = person("en");
        jdbc.update("update account set email_notifications = false where email = ?", person.email());
        notifier.send(Notice.of(person.employee(), "account.password-changed", "/settings", CHANGED_ON));

        outbox.sendDue();

        assertThat(mailsTo(person.email())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Long.class,
            person.employee())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox o join notification n on n.id = "
            + "o.notification_id where n.recipient_id = ?", Long.class, person.employee())).isZero();
    }

    @Test
    void aDisabledAccountGetsNoMail() throws Exception {
        Person person = person("en");
        jdbc.update("update account set enabled = false where email = ?", person.email());
        notifier.send(Notice.of(person.employee(), "account.password-changed", "/settings", CHANGED_ON));

        outbox.sendDue();

        assertThat(mailsTo(person.email())).isEmpty();
    }

    @Test
    void aReminderSentTwiceGivesOneNoticeAndOneMail() throws Exception {
        Person person = person("en");
        String key = Fixtures.unique("check-in-due");
        Notice reminder = Notice.of(person.employee(), "account.password-changed", "/settings", CHANGED_ON).once(key);

        assertThat(notifier.send(reminder)).isTrue();
        outbox.sendDue();
        assertThat(notifier.send(reminder)).isFalse();
        outbox.sendDue();

        assertThat(jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Long.class, key))
            .isEqualTo(1);
        assertThat(mailsTo(person.email())).hasSize(1);
    }

    @Test
    void aFailingServerLeavesTheMailQueuedWithItsTriesCountedUntilTheLimit() throws Exception {
        Person person = person("en");
        notifier.send(Notice.of(person.employee(), "account.password-changed", "/settings", CHANGED_ON));
        long id = outboxRow(person.employee());
        MailOutbox failing = outboxSendingTo(closedPort());

        failing.sendDue();

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 1)
            .containsEntry("waiting", true);
        assertThat((String) row.get("last_error")).contains("Connection refused");
        outbox.sendDue();
        assertThat(mailsTo(person.email())).as("not due again yet").isEmpty();

        jdbc.update("update mail_outbox set attempts = ?, next_attempt_at = now() - interval '1 minute' where id = ?",
            settings.maxAttempts() - 1, id);
        failing.sendDue();
        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", settings.maxAttempts());
        outbox.sendDue();
        assertThat(mailsTo(person.email())).as("given up").isEmpty();
    }

    @Test
    void aMailThatFailedIsSentOnceTheServerIsBack() throws Exception {
        Person person = person("en");
        notifier.send(Notice.of(person.employee(), "account.password-changed", "/settings", CHANGED_ON));
        long id = outboxRow(person.employee());
        outboxSendingTo(closedPort()).sendDue();

        jdbc.update("update mail_outbox set next_attempt_at = now() - interval '1 second' where id = ?", id);
        outbox.sendDue();

        assertThat(mailsTo(person.email())).hasSize(1);
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 2)
            .containsEntry("last_error", null);
    }

    @Test
    void twoInstancesSendingAtOnceNeverSendAMailTwice() throws Exception {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Person person = person("en");
            notifier.send(Notice.of(person.employee(), "account.password-changed", "/settings", CHANGED_ON));
            people.add(person);
        }
        MailOutbox other = new MailOutbox(jdbc, transactions, clock, senderProvider(outboxSender()), mails,
            new MailSettings(settings.from(), settings.maxAttempts(), settings.retryDelay(), 5));
        MailOutbox small = new MailOutbox(jdbc, transactions, clock, senderProvider(outboxSender()), mails,
            new MailSettings(settings.from(), settings.maxAttempts(), settings.retryDelay(), 5));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(other::sendDue, small::sendDue));
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertThat(sent).isGreaterThanOrEqualTo(30);
        }
        finally {
            pool.shutdownNow();
        }
        for (Person person : people) {
            assertThat(mailsTo(person.email())).as(person.email()).hasSize(1);
        }
    }

    @Test
    void changingOnesPasswordSendsANoticeAndAnEmail() throws Exception {
        Person person = person("en");
        long accountId = jdbc.queryForObject("select id from account where email = ?", Long.class, person.email());
        PathwiseUser user = new PathwiseUser(accountId, person.employee(), person.email(), "Mail Person",
            Set.of(Role.EMPLOYEE), "en", "", true);

        assertThat(accounts.changeOwnPassword(user, PASSWORD, "a brand new passphrase for mail")).isEmpty();
        outbox.sendDue();

        assertThat(jdbc.queryForObject("select kind from notification where recipient_id = ?", String.class,
            person.employee())).isEqualTo("account.password-changed");
        assertThat(single(person.email()).getSubject()).isEqualTo("Your password was changed");
    }

    private Person person(String language) {
        long employee = fixtures.employee("Mail Person", null);
        String email = fixtures.account(employee, PASSWORD);
        jdbc.update("update account set language = ? where email = ?", language, email);
        return new Person(employee, email);
    }

    private long outboxRow(long employee) {
        return jdbc.queryForObject("select o.id from mail_outbox o join notification n on n.id = o.notification_id "
            + "where n.recipient_id = ?", Long.class, employee);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select status, attempts, last_error, next_attempt_at > now() as waiting "
            + "from mail_outbox where id = ?", id);
    }

    private MailOutbox outboxSendingTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        return new MailOutbox(jdbc, transactions, clock, senderProvider(sender), mails, settings);
    }

    private JavaMailSender outboxSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        return sender;
    }

    private static org.springframework.beans.factory.ObjectProvider<JavaMailSender> senderProvider(JavaMailSender sender) {
        return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private MimeMessage single(String address) throws Exception {
        List<MimeMessage> received = mailsTo(address);
        assertThat(received).as("mails to " + address).hasSize(1);
        return received.get(0);
    }

    private static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            if (to != null && List.of(to).stream().anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(message);
            }
        }
        return found;
    }

    /** The first part of the given type, wherever it sits in the multipart tree. */
    private static String text(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Keeps the HTML of a mail next to the browser screenshots, for people to look at. */
    private static void preview(String name, String html) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(name), html);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    record Person(long employee, String email) {
    }
}
