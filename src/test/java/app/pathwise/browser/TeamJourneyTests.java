package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.Fixtures;
import app.pathwise.support.TestDatabaseConfiguration;
import java.nio.file.Path;
import java.sql.Date;
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
 * A manager ticks two submitted plans in the team view and approves them with one rhythm; the demo
 * manager's team and line in three languages and on a phone; HR's view of the people without a
 * manager. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class TeamJourneyTests {

    static final String PASSWORD = "team journey passphrase";
    static final String DEMO_PASSWORD = "pathwise-demo";
    static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

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
    void aManagerApprovesTwoSubmittedPlansAtOnce() throws Exception {
        Fixtures people = new Fixtures(jdbc, encoder);
        String tag = Fixtures.unique("J");
        long manager = people.employee("Journey Team Manager " + tag, null);
        long first = plan(people.employee("An Nguyen " + tag, manager), "SUBMITTED");
        long second = plan(people.employee("Bei Wang " + tag, manager), "SUBMITTED");
        long active = plan(people.employee("Clara Jones " + tag, manager), "ACTIVE");
        jdbc.update("update development_plan set next_check_in_on = ? where id = ?",
            Date.valueOf(LocalDate.now().minusDays(3)), active);
        String email = people.account(manager, PASSWORD);

        signIn(email, PASSWORD);
        open("/team");
        assertThat(driver.findElement(By.id("summary-awaiting")).getText()).contains("2");
        click(By.id("plan-" + first));
        click(By.id("plan-" + second));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("frequency"))).selectByValue("BIWEEKLY");
        Browser.screenshot(driver, "team-bulk-ticked");
        click(By.id("approve-selected"));
        waitFor(By.cssSelector(".alert-success"));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("2");
        assertThat(status(first)).isEqualTo("ACTIVE");
        assertThat(status(second)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select rhythm_frequency from development_plan where id = ?", String.class,
            first)).isEqualTo("BIWEEKLY");
        Browser.screenshot(driver, "team-bulk-approved");
        signOut();
    }

    @Test
    void theDemoManagersTeamReadsWellInThreeLanguagesAndOnAPhoneAndHrSeesThoseWithoutAManager() throws Exception {
        signIn("manager@example.com", DEMO_PASSWORD);
        open("/team");
        assertThat(driver.findElements(By.cssSelector("#team-table tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.id("team-table")).getText()).contains("Submitted", "Active",
            "Changes requested");
        Browser.screenshot(driver, "team-en");
        open("/team?scope=line&sort=status");
        Browser.screenshot(driver, "team-line-en");
        open("/team?lang=vi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kế hoạch của nhóm");
        Browser.screenshot(driver, "team-vi");
        open("/team?lang=zh-CN");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("团队发展计划");
        Browser.screenshot(driver, "team-zh-CN");
        open("/team?lang=en&missed=true");
        Browser.screenshot(driver, "team-missed-en");
        open("/team");
        Browser.phone(driver);
        Browser.screenshot(driver, "team-phone");
        assertThat(driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
            .as("nothing wider than the phone's screen but the table, which scrolls in its box").isEqualTo(true);
        driver.executeScript("window.scrollTo(0, document.getElementById('team-results').getBoundingClientRect().top"
            + " + window.scrollY - 10)");
        Browser.screenshot(driver, "team-phone-list");
        Browser.desktop(driver);
        signOut();

        signIn("hr@example.com", DEMO_PASSWORD);
        open("/team");
        assertThat(driver.findElement(By.cssSelector(".text-body-secondary")).getText()).contains("HR");
        Browser.screenshot(driver, "team-hr-unmanaged");
        signOut();
    }

    private long plan(long employee, String status) {
        boolean active = status.equals("ACTIVE");
        LocalDate starts = LocalDate.now().minusMonths(1);
        long plan = jdbc.queryForObject("""
            insert into development_plan (employee_id, status, title, starts_on, ends_on, rhythm_frequency,
                rhythm_mode, first_check_in_on, next_check_in_on, submitted_at)
            values (?, ?, 'Growth plan', ?, ?, ?, ?, ?, ?, now()) returning id
            """, Long.class, employee, status, Date.valueOf(starts), Date.valueOf(starts.plusYears(1)),
            active ? "MONTHLY" : null, active ? "MEETING" : null, active ? Date.valueOf(starts.plusDays(7)) : null,
            active ? Date.valueOf(starts.plusDays(7)) : null);
        jdbc.update("""
            insert into development_action (plan_id, kind, title, due_on, status, completed_on, evidence_text)
            values (?, 'COURSE', 'Course: Presenting with impact', ?, 'DONE', ?, 'Certificate'),
                   (?, 'MENTORING', 'Monthly mentoring', ?, 'PLANNED', null, null)
            """, plan, Date.valueOf(starts.plusDays(10)), Date.valueOf(starts.plusDays(9)), plan,
            Date.valueOf(starts.plusDays(90)));
        return plan;
    }

    private String status(long plan) {
        return jdbc.queryForObject("select status from development_plan where id = ?", String.class, plan);
    }

    private void click(By locator) {
        WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void signIn(String email, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        click(By.id("sign-in"));
        waitFor(By.id("user-menu"));
    }

    private void signOut() {
        driver.executeScript("window.scrollTo(0, 0)");
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.elementToBeClickable(By.id("user-menu")));
        click(By.id("user-menu"));
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    private void waitFor(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitFor(By.tagName("footer"));
    }
}
