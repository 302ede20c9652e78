package app.pathwise.browser;

import app.pathwise.support.TestDatabaseConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser journey does: one headless Chromium per test class against the application on a
 * random port, and the steps a user takes (open a page, sign in and out, type, click and wait for the
 * next page, take screenshots). Waiting for each navigation here, once, keeps the journeys from racing
 * the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
abstract class BrowserJourney {

    static final String DEMO_PASSWORD = "pathwise-demo";
    static final Duration WAIT = Duration.ofSeconds(10);

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
            driver = null;
        }
    }

    /** Loads a page of the application (a path such as {@code /plan?lang=vi}). */
    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs in with the demo accounts' password, starting signed out whatever the last step left. */
    void signIn(String email) {
        signIn(email, DEMO_PASSWORD);
    }

    void signIn(String email, String password) {
        open("/login");
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        click(By.id("sign-in"));
        waitFor(By.id("user-menu"));
    }

    void signOut() {
        // Bootstrap scrolls smoothly: jump instead, so the menu is where the click lands
        driver.executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
        if (!driver.findElement(By.id("user-menu")).isDisplayed()) {
            press(By.cssSelector(".navbar-toggler"));
        }
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("user-menu")));
        press(By.id("user-menu"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login"));
    }

    /**
     * Clicks something that loads a page (a link, a form's button) and waits until the next page has
     * loaded. The old page is marked first, so a page that is still being replaced is never mistaken
     * for the new one. A click that stays on the page is waited for no longer than {@link #WAIT}.
     */
    void click(By locator) {
        WebElement element = driver.findElement(locator);
        scrollTo(element);
        driver.executeScript("window.pwLeaving = true;");
        element.click();
        try {
            new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return window.pwLeaving !== true && document.readyState === 'complete';")));
        } catch (TimeoutException stayed) {
            // a click handled on the page itself: nothing to wait for
        }
    }

    /**
     * Follows an item of the top bar by its id, as a user would: on a phone the collapsed bar is opened
     * first, and an item inside a menu is reached by opening its menu. Waits for the page like
     * {@link #click(By)}.
     */
    void navigate(String navItemId) {
        By item = By.id(navItemId);
        driver.executeScript("window.scrollTo({top: 0, behavior: 'instant'});");
        WebElement element = driver.findElement(item);
        if (!element.isDisplayed()) {
            if (!driver.findElement(By.id("main-nav")).isDisplayed()) {
                press(By.cssSelector(".navbar-toggler"));
                new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("main-nav")).isDisplayed()
                    && d.findElements(By.cssSelector("#main-nav.collapsing")).isEmpty());
            }
            if (!element.isDisplayed()) {
                element.findElement(By.xpath("ancestor::li[contains(@class, 'dropdown')]/*[@data-bs-toggle]")).click();
            }
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(item));
        }
        click(item);
    }

    /** Clicks something that stays on the page (a radio button, a check box, a menu). */
    void press(By locator) {
        WebElement element = driver.findElement(locator);
        scrollTo(element);
        element.click();
    }

    /** Replaces the text of the field with the given id. */
    void type(String id, String text) {
        WebElement element = driver.findElement(By.id(id));
        scrollTo(element);
        element.clear();
        element.sendKeys(text);
    }

    /** On a gap page, the readiness of the card at this position (0 the current level, 1 the next). */
    String readiness(int card) {
        return driver.findElements(By.cssSelector("article .pw-stat")).get(card).getText();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Brings the element to the middle of the window at once (no smooth scrolling still under way). */
    void scrollTo(WebElement element) {
        driver.executeScript("document.documentElement.style.scrollBehavior = 'auto';"
            + " arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }

    void screenshot(String name) throws IOException {
        Browser.screenshot(driver, name);
    }

    /** A screenshot of the whole page: the window grows to the page's height for it. */
    void fullPage(String name) throws IOException {
        Dimension size = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(6000, height.intValue() + 120)));
        Browser.screenshot(driver, name);
        driver.manage().window().setSize(size);
    }

    void phone() {
        Browser.phone(driver);
    }

    void desktop() {
        Browser.desktop(driver);
    }
}
