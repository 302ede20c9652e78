package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.Fixtures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A manager records a check-in with feedback on their report's plan, comments, and closes the plan's
 * year with the career review; the employee finds the way to their next plan. Screenshots of the
 * check-ins and review pages in English, Vietnamese, Chinese and on a phone go to
 * {@code target/screenshots/}.
 */
class FollowUpJourneyTests extends BrowserJourney {

    static final String PASSWORD = "follow-up journey passphrase";

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aManagerChecksInGivesFeedbackAndRecordsTheCareerReview() throws Exception {
        Fixtures people = new Fixtures(jdbc, encoder);
        LocalDate today = LocalDate.now();
        long department = people.department("Follow-up Journey");
        long manager = people.employee("Lan Nguyễn", null, department);
        long employee = people.employee("Minh Trần", manager, department);
        String managerEmail = people.account(manager, PASSWORD);
        String employeeEmail = people.account(employee, PASSWORD);
        LocalDate start = today.minusMonths(11).minusDays(10);
        long plan = jdbc.queryForObject("""
            insert into development_plan (employee_id, status, title, starts_on, ends_on, rhythm_frequency, rhythm_mode,
                                          first_check_in_on, next_check_in_on, report_frequency, approved_at)
            values (?, 'ACTIVE', 'Become a senior engineer', ?, ?, 'MONTHLY', 'MEETING', ?, ?, 'QUARTERLY', ?)
            returning id
            """, Long.class, employee, Date.valueOf(start), Date.valueOf(start.plusYears(1).minusDays(1)),
            Date.valueOf(start.plusMonths(1)), Date.valueOf(today.minusDays(4)),
            Timestamp.from(start.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        long earlier = jdbc.queryForObject("""
            insert into check_in (plan_id, due_on, held_on, mode, progress_summary, obstacles, support_needed,
                                  next_steps, manager_feedback, recorded_by)
            values (?, ?, ?, 'MEETING', ?, ?, ?, ?, ?, ?) returning id
            """, Long.class, plan, Date.valueOf(today.minusDays(34)), Date.valueOf(today.minusDays(30)),
            "Finished the distributed systems course and led the design review of the billing service.",
            "Release crunch left little time for the mentoring sessions.",
            "An hour a week with a senior engineer.", "Pair with Hoa on the incident review.",
            "Good progress; keep the design reviews going.", employee);
        jdbc.update("insert into plan_comment (plan_id, check_in_id, author_id, body, created_at)"
            + " values (?, ?, ?, ?, now() - interval '20 days')", plan, earlier, manager,
            "I booked the mentoring hour with Hoa for Thursdays.");

        signIn(managerEmail, PASSWORD);
        open("/plans/" + plan + "/check-ins");
        assertThat(driver.findElement(By.cssSelector(".badge.text-bg-danger")).getText()).isEqualTo("Missed");
        click(By.id("record-check-in"));
        driver.findElement(By.id("progressSummary")).sendKeys("Shipped the ledger migration; presented it to the team.");
        driver.findElement(By.id("obstacles")).sendKeys("On-call weeks.");
        driver.findElement(By.id("nextSteps")).sendKeys("Write the design doc for the payouts service.");
        driver.findElement(By.id("managerFeedback")).sendKeys("Strong quarter. Ready to lead a small project.");
        screenshot("follow-up-check-in-form");
        click(By.id("save-check-in"));
        waitFor(By.cssSelector(".alert-success"));
        assertThat(driver.findElements(By.cssSelector("article.pw-check-in"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector(".badge.text-bg-danger"))).isEmpty();
        screenshot("follow-up-check-ins");
        open("/plans/" + plan + "/check-ins?lang=vi");
        screenshot("follow-up-check-ins-vi");
        open("/plans/" + plan + "/check-ins?lang=zh-CN");
        screenshot("follow-up-check-ins-zh");
        open("/plans/" + plan + "/check-ins?lang=en");
        phone();
        screenshot("follow-up-check-ins-phone");
        desktop();

        open("/plans/" + plan + "/check-ins/" + earlier);
        driver.findElement(By.id("body")).sendKeys("Let us review the mentoring plan next time.");
        click(By.cssSelector("#comments button[type=submit]"));
        waitFor(By.cssSelector(".alert-success"));
        assertThat(driver.findElements(By.cssSelector("#comments .pw-comments li"))).hasSize(2);

        open("/plans/" + plan + "/review");
        screenshot("follow-up-review-form");
        phone();
        screenshot("follow-up-review-form-phone");
        desktop();
        press(By.cssSelector("input[name=outcome][value=ON_TRACK]"));
        WebElement before = driver.findElement(By.id("readinessBefore"));
        before.clear();
        before.sendKeys("45");
        WebElement after = driver.findElement(By.id("readinessAfter"));
        after.clear();
        after.sendKeys("70");
        driver.findElement(By.id("summary")).sendKeys("A year of steady growth: design reviews, the ledger migration.");
        driver.findElement(By.id("adjustments")).sendKeys("Next plan: lead the payouts project; target Senior Engineer.");
        press(By.id("save-review"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        waitFor(By.id("career-review"));
        assertThat(driver.findElement(By.id("career-review")).getText()).contains("On track", "45%", "70%",
            "+25 points");
        screenshot("follow-up-review");
        open("/plans/" + plan + "/review?lang=vi");
        screenshot("follow-up-review-vi");
        open("/plans/" + plan + "/review?lang=zh-CN");
        screenshot("follow-up-review-zh");
        open("/plans/" + plan + "/review?lang=en");
        signOut();

        signIn(employeeEmail, PASSWORD);
        open("/plans/" + plan + "/reports");
        driver.findElement(By.id("progress")).sendKeys("Led the ledger migration and two design reviews.");
        driver.findElement(By.id("learningApplied")).sendKeys("Used the course's failure-mode checklist in reviews.");
        click(By.id("submit-report"));
        waitFor(By.cssSelector(".alert-success"));
        assertThat(driver.findElement(By.cssSelector("article.pw-report .badge")).getText()).isEqualTo("Reported");
        screenshot("follow-up-reports");
        open("/plans/" + plan + "/review");
        assertThat(driver.findElements(By.id("next-plan-after-end"))).as("the plan is still open").hasSize(1);
        screenshot("follow-up-review-owner");
        phone();
        screenshot("follow-up-review-phone");
        desktop();
        signOut();

        // the manager completes the plan; the employee starts the next one from the review
        signIn(managerEmail, PASSWORD);
        open("/plans/" + plan);
        press(By.cssSelector("#complete-step summary"));
        type("complete-comment", "A good year. On to the payouts project.");
        click(By.id("complete"));
        waitFor(By.id("status-banner"));
        assertThat(text("status-banner")).contains("Completed");
        signOut();

        signIn(employeeEmail, PASSWORD);
        open("/plans/" + plan + "/review");
        click(By.id("start-next-plan"));
        waitFor(By.id("previous-plan"));
        assertThat(text("previous-plan")).contains("Become a senior engineer", "On track", "70%",
            "Next plan: lead the payouts project");
        fullPage("follow-up-next-plan");
        click(By.id("create-plan"));
        waitFor(By.id("status-banner"));
        long next = jdbc.queryForObject("select id from development_plan where employee_id = ? and status = 'DRAFT'",
            Long.class, employee);
        assertThat(jdbc.queryForObject("select previous_plan_id from development_plan where id = ?", Long.class, next))
            .isEqualTo(plan);
        assertThat(text("previous-plan-link")).isEqualTo("Become a senior engineer");
        screenshot("follow-up-next-plan-created");
        click(By.id("previous-plan-link"));
        assertThat(text("plan-title")).isEqualTo("Become a senior engineer");
        open("/plans/" + plan + "/review");
        assertThat(driver.findElements(By.cssSelector("a[href='/plans/" + next + "']"))).hasSize(1);
        signOut();
    }
}
