package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.TestDatabaseConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each demo account signs in through a real browser, sees its home page in English, Vietnamese and
 * Chinese, and signs out. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class DemoAccountsJourneyTests {

    static ChromeDriver driver;

    @LocalServerPort
    int port;

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

    @ParameterizedTest
    @ValueSource(strings = {"employee", "manager", "manager2", "hr", "exec", "admin"})
    void eachDemoAccountSignsInAndReadsItsHomeInThreeLanguages(String account) throws Exception {
        signIn(account + "@example.com");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hello");
        Browser.screenshot(driver, account + "-home-en");

        open("/?lang=vi");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Xin chào");
        Browser.screenshot(driver, account + "-home-vi");

        open("/?lang=zh-CN");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("您好");
        Browser.screenshot(driver, account + "-home-zh-CN");

        open("/?lang=en");
        signOut();
    }

    @Test
    void theEmployeeSeesTheirManagerAndTheManagerSeesTheirTeam() throws Exception {
        signIn("employee@example.com");
        assertThat(driver.findElement(By.id("my-manager")).getText()).isNotBlank();
        signOut();

        signIn("manager@example.com");
        assertThat(driver.findElements(By.cssSelector("#my-reports li"))).isNotEmpty();
        Browser.phone(driver);
        open("/");
        Browser.screenshot(driver, "manager-home-phone");
        Browser.desktop(driver);
        signOut();
    }

    @Test
    void hrSearchesTheDirectoryAndOpensAnEmployee() throws Exception {
        signIn("hr@example.com");
        open("/people");
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("nguyen");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
            .until(ExpectedConditions.urlContains("q=nguyen"));
        Browser.screenshot(driver, "hr-directory-search");
        driver.findElement(By.cssSelector("#results tbody tr a")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        Browser.screenshot(driver, "hr-employee-page");
        Browser.phone(driver);
        open("/people");
        Browser.screenshot(driver, "hr-directory-phone");
        Browser.desktop(driver);
        signOut();
    }

    @Test
    void theAdminReadsAccountsAndTheAuditLog() throws Exception {
        signIn("admin@example.com");
        open("/admin/accounts?q=hr@example.com");
        assertThat(driver.getPageSource()).contains("hr@example.com");
        Browser.screenshot(driver, "admin-accounts");
        open("/admin/audit");
        Browser.screenshot(driver, "admin-audit");
        open("/organisation/departments");
        Browser.screenshot(driver, "admin-departments");
        signOut();
        assertThat(Files.list(Browser.SCREENSHOTS).count()).isPositive();
    }

    private void signIn(String email) {
        // a test that failed before signing out must not leave the next one signed in
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("pathwise-demo");
        driver.findElement(By.id("sign-in")).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
    }

    private void signOut() {
        driver.findElement(By.id("user-menu")).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(5))
            .until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
            .until(ExpectedConditions.urlContains("/login"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
