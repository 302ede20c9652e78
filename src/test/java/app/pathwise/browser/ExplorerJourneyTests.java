package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.careerpath.CareerPathFixtures;
import app.pathwise.careerpath.CareerPathFixtures.World;
import app.pathwise.support.Fixtures;
import app.pathwise.support.TestDatabaseConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
 * An employee finds their path, opens the next level, rates themself and sees the gap; their manager
 * confirms one rating, differs on another and the readiness changes; the manager reads the needs map.
 * Screenshots (desktop and phone) go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class ExplorerJourneyTests {

    static final String PASSWORD = "explorer journey passphrase";
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
    void anEmployeeFindsTheNextLevelRatesThemselfAndTheManagerConfirms() throws Exception {
        CareerPathFixtures paths = new CareerPathFixtures(jdbc);
        Fixtures people = new Fixtures(jdbc, encoder);
        World w = paths.world();
        long department = people.department("Journey " + w.tag());
        long manager = people.employee("Journey Manager " + w.tag(), null, department);
        long employee = people.employee("Journey Employee " + w.tag(), manager, department);
        paths.giveJobTitle(manager, w.teamLeadTitle());
        paths.giveJobTitle(employee, w.titles()[1]);
        for (int i = 0; i < 3; i++) {
            long peer = people.employee("Journey Peer " + i + " " + w.tag(), manager, department);
            paths.giveJobTitle(peer, w.titles()[i]);
            paths.rate(peer, w.coding(), 1 + i, "SELF", null);
        }
        String employeeEmail = people.account(employee, PASSWORD);
        String managerEmail = people.account(manager, PASSWORD);

        signIn(employeeEmail);
        open("/paths?q=" + "engineer " + w.tag());
        Browser.screenshot(driver, "explorer-search");
        open("/paths/" + w.specialistPath());
        assertThat(driver.findElement(By.cssSelector(".pw-rung-yours")).getText()).contains("Engineer Two");
        Browser.screenshot(driver, "explorer-ladder");
        Browser.phone(driver);
        Browser.screenshot(driver, "explorer-ladder-phone");
        Browser.desktop(driver);
        driver.findElement(By.linkText("Senior Engineer " + w.tag())).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Senior Engineer " + w.tag());
        Browser.screenshot(driver, "explorer-level");
        Browser.phone(driver);
        Browser.screenshot(driver, "explorer-level-phone");
        Browser.desktop(driver);
        click(By.linkText("Compare with the next level"));
        Browser.screenshot(driver, "explorer-compare");

        open("/people/" + employee + "/assessment");
        click(By.id("r0-3"));
        driver.findElement(By.id("rows0.evidence")).sendKeys("Led the payments rewrite");
        click(By.id("r1-2"));
        click(By.id("r2-1"));
        Browser.screenshot(driver, "assessment-self");
        click(By.id("save-ratings"));
        waitFor(By.cssSelector(".alert-success"));
        open("/people/" + employee + "/gaps");
        String before = readiness(1);
        assertThat(before).isEqualTo("58%");
        Browser.screenshot(driver, "gaps-after-self-rating");
        signOut();

        signIn(managerEmail);
        open("/people/" + employee + "/assessment");
        click(By.id("r0-3"));
        click(By.id("r1-3"));
        driver.findElement(By.id("rows1.comment")).sendKeys("Designed the ledger schema alone");
        click(By.cssSelector("details.mt-1 summary"));
        waitFor(By.cssSelector(".pw-history table"));
        Browser.screenshot(driver, "assessment-manager");
        click(By.id("save-ratings"));
        waitFor(By.cssSelector(".alert-success"));
        open("/people/" + employee + "/gaps");
        assertThat(readiness(1)).isEqualTo("65%");
        Browser.screenshot(driver, "gaps-after-manager-rating");
        open("/needs-map");
        Browser.screenshot(driver, "needs-map-team");
        Browser.phone(driver);
        Browser.screenshot(driver, "needs-map-team-phone");
        Browser.desktop(driver);
        signOut();
    }

    private void click(By locator) {
        org.openqa.selenium.WebElement element = driver.findElement(locator);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private String readiness(int card) {
        return driver.findElements(By.cssSelector("article .pw-stat")).get(card).getText();
    }

    private void signIn(String email) {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        click(By.id("sign-in"));
        waitFor(By.id("user-menu"));
    }

    private void signOut() {
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
    }
}
