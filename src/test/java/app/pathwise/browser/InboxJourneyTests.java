package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.notification.Notice;
import app.pathwise.notification.Notifier;
import app.pathwise.support.Fixtures;
import app.pathwise.support.TestDatabaseConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * An employee sees the unread count on the bell, reads the inbox in English, Vietnamese and Chinese
 * and on a phone, opens a notice (which leads to its page) and marks the rest read.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class InboxJourneyTests {

    static final String PASSWORD = "inbox journey passphrase";
    static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Notifier notifier;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        Browser.requireChromium();
        driver = Browser.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

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

        signIn(email);
        assertThat(badge()).isEqualTo("2");
        click(By.id("inbox-link"));
        waitFor(By.cssSelector(".pw-inbox"));
        assertThat(driver.findElements(By.cssSelector(".pw-inbox li.pw-unread"))).hasSize(2);
        Browser.screenshot(driver, "inbox");

        open("/inbox?lang=vi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hộp thư");
        badge();
        Browser.screenshot(driver, "inbox-vi");
        open("/inbox?lang=zh-CN");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("收件箱");
        badge();
        Browser.screenshot(driver, "inbox-zh-CN");
        open("/inbox?lang=en");
        Browser.phone(driver);
        badge();
        Browser.screenshot(driver, "inbox-phone");
        click(By.cssSelector(".navbar-toggler"));
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu")));
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(d -> d.findElements(By.cssSelector("#main-nav.collapsing")).isEmpty());
        Browser.screenshot(driver, "inbox-phone-menu");
        Browser.desktop(driver);

        open("/inbox");
        click(By.cssSelector(".pw-inbox li.pw-unread a"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/settings"));
        assertThat(badge()).isEqualTo("1");
        Browser.screenshot(driver, "inbox-opened-settings");
        open("/inbox");
        click(By.id("mark-all-read"));
        waitFor(By.cssSelector(".alert-success"));
        assertThat(driver.findElements(By.cssSelector(".pw-inbox li.pw-unread"))).isEmpty();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("unread-count")).isEmpty()
            && d.findElements(By.cssSelector("#unread-count .badge")).isEmpty());
        Browser.screenshot(driver, "inbox-all-read");
    }

    /** The bell's number, once htmx has loaded it. */
    private String badge() {
        WebElement badge = new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unread-count .badge")));
        return badge.getText();
    }

    private void click(By locator) {
        WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void signIn(String email) {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        click(By.id("sign-in"));
        waitFor(By.id("user-menu"));
    }

    private void waitFor(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
