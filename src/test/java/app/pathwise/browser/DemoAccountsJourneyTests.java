package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each demo account signs in through a real browser, sees its home page in English, Vietnamese and
 * Chinese, and signs out. Screenshots go to {@code target/screenshots/}.
 */
class DemoAccountsJourneyTests extends BrowserJourney {

    @ParameterizedTest
    @ValueSource(strings = {"employee", "manager", "manager2", "hr", "exec", "admin"})
    void eachDemoAccountSignsInAndReadsItsHomeInThreeLanguages(String account) throws Exception {
        signIn(account + "@example.com");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hello");
        screenshot(account + "-home-en");

        open("/?lang=vi");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Xin chào");
        screenshot(account + "-home-vi");

        open("/?lang=zh-CN");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("您好");
        screenshot(account + "-home-zh-CN");

        open("/?lang=en");
        signOut();
    }

    @Test
    void theEmployeeSeesTheirManagerAndTheManagerSeesTheirTeam() throws Exception {
        signIn("employee@example.com");
        assertThat(driver.findElement(By.id("my-manager")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("my-plan-link")).getAttribute("href")).endsWith("/plan");
        screenshot("employee-home");
        signOut();

        signIn("manager@example.com");
        assertThat(driver.findElements(By.cssSelector("#my-reports li"))).isNotEmpty();
        assertThat(Integer.parseInt(driver.findElement(By.cssSelector("#team-awaiting .pw-stat")).getText()))
            .as("the demo manager has plans to approve").isPositive();
        screenshot("manager-home");
        phone();
        open("/");
        screenshot("manager-home-phone");
        desktop();
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
        screenshot("hr-directory-search");
        assertThat(driver.findElements(By.id("results"))).as("the results replaced, not nested").hasSize(1);
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#results tbody tr a"), "Nguy"));
        driver.findElement(By.cssSelector("#results tbody tr a")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        screenshot("hr-employee-page");
        phone();
        open("/people");
        screenshot("hr-directory-phone");
        desktop();
        signOut();
    }

    @Test
    void aSearchMatchingMoreThanTheCountsLimitSaysSoInEachLanguage() throws Exception {
        String token = "many" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        jdbc.update("""
            insert into employee (employee_number, full_name, work_email, hire_date, status, end_date, search_text)
            select ? || '-' || n, 'Zz ' || ? || ' ' || lpad(n::text, 4, '0'), ? || '-' || n || '@test.example.com',
                   date '2020-01-06', 'INACTIVE', date '2021-01-06', ? || ' ' || n
              from generate_series(1, 501) as n
            """, token, token, token, token);
        signIn("hr@example.com");
        open("/people?status=INACTIVE&q=" + token);
        assertThat(driver.findElement(By.id("pager-capped")).getText()).contains("1–25 of more than 500");
        fullPage("hr-directory-more-than-en");
        open("/people?status=INACTIVE&page=1&lang=vi&q=" + token);
        assertThat(driver.findElement(By.id("pager-capped")).getText()).contains("trong số hơn 500");
        phone();
        fullPage("hr-directory-more-than-vi-phone");
        desktop();
        open("/people?status=INACTIVE&lang=zh-CN&q=" + token);
        assertThat(driver.findElement(By.id("pager-capped")).getText()).contains("共超过");
        screenshot("hr-directory-more-than-zh-CN");
        open("/people?lang=en");
        signOut();
    }

    @Test
    void theAdminReadsAccountsAndTheAuditLog() throws Exception {
        signIn("admin@example.com");
        open("/admin/accounts?q=hr@example.com");
        assertThat(driver.getPageSource()).contains("hr@example.com");
        screenshot("admin-accounts");
        open("/admin/audit");
        screenshot("admin-audit");
        open("/organisation/departments");
        screenshot("admin-departments");
        signOut();
        assertThat(Files.list(Browser.SCREENSHOTS).count()).isPositive();
    }
}
