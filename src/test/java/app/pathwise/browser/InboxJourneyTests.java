package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.notification.Notice;
import app.pathwise.notification.Notifier;
import app.pathwise.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An employee sees the unread count on the bell, reads the inbox in English, Vietnamese and Chinese
 * and on a phone, opens a notice (which leads to its page) and marks the rest read.
 * Screenshots go to {@code target/screenshots/}.
 */
class InboxJourneyTests extends BrowserJourney {

    static final String PASSWORD = "inbox journey passphrase";

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Notifier notifier;

    @Test
    void anEmployeeReadsTheirInboxInEachLanguageAndOnAPhone() throws Exception {
        Fixtures people = new Fixtures(jdbc, encoder);
        long employee = people.employee("Inbox Journey Employee", null);
        String email = people.account(employee, PASSWORD);
        notifier.send(Notice.of(employee, "account.password-changed", "/settings", LocalDate.of(2026, 11, 2)));
        notifier.send(Notice.of(employee, "account.password-changed", "/settings", LocalDate.of(2026, 11, 16)));
        jdbc.update("update notification set read_at = now() where recipient_id = ?", employee);
        notifier.send(Notice.of(employee, "account.password-changed", "/settings", LocalDate.of(2026, 11, 28)));
        notifier.send(Notice.of(employee, "account.password-changed", "/settings", LocalDate.of(2026, 11, 30)));

        signIn(email, PASSWORD);
        assertThat(badge()).isEqualTo("2");
        navigate("inbox-link");
        waitFor(By.cssSelector(".pw-inbox"));
        assertThat(driver.findElements(By.cssSelector(".pw-inbox li.pw-unread"))).hasSize(2);
        screenshot("inbox");

        open("/inbox?lang=vi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hộp thư");
        badge();
        screenshot("inbox-vi");
        open("/inbox?lang=zh-CN");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("收件箱");
        badge();
        screenshot("inbox-zh-CN");
        open("/inbox?lang=en");
        phone();
        badge();
        screenshot("inbox-phone");
        press(By.cssSelector(".navbar-toggler"));
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(d -> d.findElements(By.cssSelector("#main-nav.collapsing")).isEmpty());
        screenshot("inbox-phone-menu");
        desktop();

        open("/inbox");
        click(By.cssSelector(".pw-inbox li.pw-unread a"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/settings"));
        assertThat(badge()).isEqualTo("1");
        screenshot("inbox-opened-settings");
        open("/inbox");
        click(By.id("mark-all-read"));
        waitFor(By.cssSelector(".alert-success"));
        assertThat(driver.findElements(By.cssSelector(".pw-inbox li.pw-unread"))).isEmpty();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("unread-count")).isEmpty()
            && d.findElements(By.cssSelector("#unread-count .badge")).isEmpty());
        screenshot("inbox-all-read");
    }

    /** The bell's number, once htmx has loaded it. */
    private String badge() {
        WebElement badge = new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unread-count .badge")));
        return badge.getText();
    }
}
