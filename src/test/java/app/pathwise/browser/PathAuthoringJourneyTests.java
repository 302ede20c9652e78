package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.TestDatabaseConfiguration;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Path authoring in a real browser: HR drafts a path with levels and submits it, the executive finds
 * it awaiting approval and approves it, HR publishes it with a change note and reads its history.
 * Screenshots of each page, on a desktop and a phone, go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class PathAuthoringJourneyTests {

    static ChromeDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
    void hrDraftsAndSubmitsTheExecutiveApprovesAndHrPublishes() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.update("""
            insert into competency (code, group_id, name_en, name_vi, name_zh)
            values (?, (select id from competency_group where code = 'PROFESSIONAL'), ?, 'Thiết kế hệ thống', '系统设计')
            """, "SYSDESIGN-" + suffix, "System design " + suffix);

        signIn("hr@example.com");
        open("/framework/paths/families/new");
        type("code", "ENG-" + suffix);
        type("nameEn", "Engineering " + suffix);
        type("nameVi", "Kỹ thuật " + suffix);
        type("nameZh", "工程 " + suffix);
        submit();
        open("/framework/paths/new");
        new Select(driver.findElement(By.id("familyId"))).selectByVisibleText("ENG-" + suffix + " · Engineering " + suffix);
        type("code", "SWE-" + suffix);
        type("nameEn", "Software engineering " + suffix);
        type("nameVi", "Kỹ sư phần mềm " + suffix);
        submit();
        String version = driver.getCurrentUrl();
        assertThat(version).contains("/versions/");

        String[][] levels = {{"JUNIOR", "Junior engineer", "Kỹ sư sơ cấp", "2"}, {"MID", "Engineer", "Kỹ sư", "3"},
            {"SENIOR", "Senior engineer", "Kỹ sư cao cấp", "4"}};
        for (String[] level : levels) {
            click(By.id("add-level"));
            type("code", level[0]);
            type("titleEn", level[1]);
            type("titleVi", level[2]);
            driver.findElement(By.id("minYearsExperience")).clear();
            type("minYearsExperience", level[3]);
            new Select(driver.findElement(By.id("competencies0.competencyId")))
                .selectByVisibleText("System design " + suffix);
            new Select(driver.findElement(By.id("competencies0.requiredLevel"))).selectByValue(level[3]);
            if (level[0].equals("MID")) {
                Browser.screenshot(driver, "authoring-level-form");
            }
            click(By.id("save-level"));
        }
        click(By.id("add-level"));
        type("code", "MID");
        click(By.id("save-level"));
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("This field is required.");
        Browser.screenshot(driver, "authoring-level-errors");
        open(version.substring(version.indexOf("/framework")));
        Browser.screenshot(driver, "authoring-version-draft");
        click(By.id("submit"));
        Browser.screenshot(driver, "authoring-version-submitted");
        signOut();

        signIn("exec@example.com");
        open("/framework/paths?awaiting=true");
        assertThat(driver.findElement(By.id("path-SWE-" + suffix)).getText()).contains("Software engineering " + suffix);
        Browser.screenshot(driver, "authoring-awaiting-approval");
        click(By.cssSelector("#path-SWE-" + suffix + " td:last-child a"));
        driver.findElement(By.id("comment")).sendKeys("Clear levels. Approved.");
        click(By.id("approve"));
        assertThat(driver.findElement(By.id("approved")).getText()).contains("Approved");
        signOut();

        signIn("hr@example.com");
        open(version.substring(version.indexOf("/framework")));
        driver.findElement(By.id("changeNote")).sendKeys("First software engineering ladder.");
        click(By.id("publish"));
        Browser.screenshot(driver, "authoring-version-published");
        open("/framework/paths");
        Browser.screenshot(driver, "authoring-paths");
        Browser.phone(driver);
        open(version.substring(version.indexOf("/framework")));
        Browser.screenshot(driver, "authoring-version-phone");
        Browser.desktop(driver);
        open(version.substring(version.indexOf("/framework"), version.indexOf("/versions")) + "/history?lang=vi");
        assertThat(driver.findElement(By.id("published-versions")).getText())
            .contains("First software engineering ladder.");
        Browser.screenshot(driver, "authoring-history-vi");
        open("/framework/paths/transfer?lang=zh-CN");
        Browser.screenshot(driver, "authoring-transfer-zh");
        open("/?lang=en");
        signOut();
    }

    private void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private void submit() {
        click(By.cssSelector("main form button[type=submit]"));
    }

    /** Scrolls the element to the middle of the window first, so the sticky parts of the page do not cover it. */
    private void click(By by) {
        var element = driver.findElement(by);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            try {
                Browser.screenshot(driver, "authoring-click-intercepted");
            } catch (java.io.IOException ignored) {
                // the click failure below is what matters
            }
            throw e;
        }
        // Every click here loads a page: wait for it, so the next step does not race the navigation.
        try {
            new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> {
                try {
                    element.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    // stale, or (while the next page replaces the document) "does not belong to the document"
                    return true;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // a click that stayed on the page (a client-side action): nothing to wait for
        }
    }

    private void signIn(String email) {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys("pathwise-demo");
        click(By.id("sign-in"));
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
    }

    private void signOut() {
        click(By.id("user-menu"));
        new WebDriverWait(driver, java.time.Duration.ofSeconds(5))
            .until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
            .until(ExpectedConditions.urlContains("/login"));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
