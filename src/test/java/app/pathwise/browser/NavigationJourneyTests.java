package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The top bar: each demo account sees only the menus it has items in, on one line at desktop widths in
 * English, Vietnamese and Chinese; the current page's menu and item are marked; menus work from the
 * keyboard and inside the collapsed bar on a phone. Screenshots go to {@code target/screenshots/}.
 */
class NavigationJourneyTests extends BrowserJourney {

    static final List<Integer> DESKTOP_WIDTHS = List.of(1024, 1280);
    static final List<String> LANGUAGES = List.of("en", "vi", "zh-CN");
    /** A one-line bar is about 56 px high; a second line would add at least 40. */
    static final int ONE_LINE = 64;
    static final String PASSWORD = "navigation journey passphrase";

    @Autowired
    PasswordEncoder encoder;

    @ParameterizedTest
    @CsvSource({
        "employee, nav-home nav-career nav-development",
        "manager,  nav-home nav-career nav-development",
        "manager2, nav-home nav-career nav-development",
        "hr,       nav-home nav-career nav-development nav-organisation nav-framework",
        "exec,     nav-home nav-career nav-development nav-framework-paths",
        "admin,    nav-home nav-career nav-development nav-organisation nav-admin"})
    void eachDemoAccountSeesItsMenusOnOneLineInEveryLanguage(String account, String entries) throws Exception {
        signIn(account + "@example.com");
        assertThat(topLevelEntries()).containsExactly(entries.split(" "));
        for (int width : DESKTOP_WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 800));
            for (String language : LANGUAGES) {
                open("/?lang=" + language);
                assertBarOnOneLine(account + " at " + width + " px in " + language);
                screenshot("nav-" + account + "-" + width + "-" + language);
            }
        }
        desktop();
        open("/?lang=en");
        signOut();
    }

    @Test
    void theWidestBarStaysOnOneLineWithALongName() throws Exception {
        Fixtures people = new Fixtures(jdbc, encoder);
        long everyone = people.employee("Nguyễn Thị Thanh Hương Ngọc Bảo Trân", null);
        people.employee("Navigation Journey Report", everyone);
        String email = people.account(everyone, PASSWORD, Role.HR, Role.EXECUTIVE, Role.ADMIN);

        signIn(email, PASSWORD);
        assertThat(topLevelEntries()).containsExactly("nav-home", "nav-career", "nav-development",
            "nav-organisation", "nav-framework", "nav-admin");
        for (int width : DESKTOP_WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, 800));
            for (String language : LANGUAGES) {
                open("/?lang=" + language);
                screenshot("nav-every-role-" + width + "-" + language);
                assertBarOnOneLine("every role at " + width + " px in " + language);
            }
        }
        desktop();
        open("/?lang=en");
        signOut();
    }

    @Test
    void theCurrentMenuAndItemAreMarkedAndMenusOpenFromTheKeyboard() throws Exception {
        signIn("hr@example.com");
        navigate("nav-my-plan");
        assertThat(driver.getCurrentUrl()).endsWith("/plan");
        assertThat(driver.findElement(By.id("nav-development")).getDomAttribute("class")).contains("active");
        assertThat(driver.findElement(By.id("nav-career")).getDomAttribute("class")).doesNotContain("active");
        assertThat(driver.findElement(By.id("nav-my-plan")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElement(By.id("nav-objectives")).getDomAttribute("aria-current")).isNull();

        WebElement framework = driver.findElement(By.id("nav-framework"));
        framework.sendKeys(Keys.ENTER);
        waitUntilExpanded(framework, "true");
        framework.sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("nav-framework-paths");
        screenshot("nav-hr-framework-open");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitUntilExpanded(framework, "false");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("nav-framework");

        navigate("nav-competencies");
        assertThat(driver.getCurrentUrl()).contains("/framework/competencies");
        assertThat(driver.findElement(By.id("nav-framework")).getDomAttribute("class")).contains("active");
        assertThat(driver.findElement(By.id("nav-development")).getDomAttribute("class")).doesNotContain("active");
        signOut();
    }

    @Test
    void onAPhoneTheMenusOpenInsideTheCollapsedBar() throws Exception {
        signIn("hr@example.com");
        phone();
        open("/?lang=vi");
        screenshot("nav-phone-vi");
        press(By.cssSelector(".navbar-toggler"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#main-nav.collapsing")).isEmpty()
            && d.findElement(By.id("nav-development")).isDisplayed());
        press(By.id("nav-development"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-needs-map")));
        screenshot("nav-phone-vi-development-open");

        navigate("nav-departments");
        assertThat(driver.getCurrentUrl()).contains("/organisation/departments");
        navigate("nav-my-profile");
        assertThat(driver.getCurrentUrl()).matches(".*/people/\\d+$");
        press(By.cssSelector(".navbar-toggler"));
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("#main-nav.collapsing")).isEmpty()
            && d.findElement(By.id("user-menu")).isDisplayed());
        press(By.id("user-menu"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
        fullPage("nav-phone-vi-user-menu-open");
        desktop();
        open("/?lang=en");
        signOut();
    }

    /** The ids of the bar's left-hand entries (menu buttons and direct links), left to right. */
    @SuppressWarnings("unchecked")
    private List<String> topLevelEntries() {
        return (List<String>) driver.executeScript("""
            return [...document.querySelectorAll('#main-nav > .navbar-nav:first-child > .nav-item > .nav-link')]
              .map(e => e.id);""");
    }

    /** Every entry of the bar sits on the brand's line, inside the window, and the bar is one line high. */
    @SuppressWarnings("unchecked")
    private void assertBarOnOneLine(String where) {
        Map<String, Object> bar = (Map<String, Object>) driver.executeScript("""
            const middle = r => (r.top + r.bottom) / 2;
            const brand = document.querySelector('.navbar-brand').getBoundingClientRect();
            const entries = [...document.querySelectorAll('#main-nav > .navbar-nav > .nav-item')]
              .map(e => e.getBoundingClientRect());
            return {
              height: document.querySelector('.navbar').getBoundingClientRect().height,
              offLine: entries.filter(r => Math.abs(middle(r) - middle(brand)) > 4).length,
              tallest: Math.max(...entries.map(r => r.height)),
              right: Math.max(...entries.map(r => r.right)),
              width: document.documentElement.clientWidth,
              entries: [...document.querySelectorAll('.navbar-brand, #main-nav > .navbar-nav > .nav-item')]
                .map(e => (e.firstElementChild?.id || 'brand') + ' ' + Math.round(e.getBoundingClientRect().width))
                .join(', ')
            };""");
        where = where + " (" + bar.get("entries") + ")";
        assertThat(((Number) bar.get("height")).doubleValue()).as(where + ": bar height").isLessThan(ONE_LINE);
        assertThat(((Number) bar.get("offLine")).intValue()).as(where + ": entries off the line").isZero();
        assertThat(((Number) bar.get("tallest")).doubleValue()).as(where + ": tallest entry").isLessThan(48);
        assertThat(((Number) bar.get("right")).doubleValue()).as(where + ": right edge")
            .isLessThanOrEqualTo(((Number) bar.get("width")).doubleValue());
    }

    private void waitUntilExpanded(WebElement toggle, String expanded) {
        new WebDriverWait(driver, WAIT).until(d -> expanded.equals(toggle.getDomAttribute("aria-expanded")));
    }
}
