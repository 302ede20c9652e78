package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.Fixtures;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A manager ticks two submitted plans in the team view and approves them with one rhythm; the demo
 * manager's team and line in three languages and on a phone; HR's view of the people without a
 * manager. Screenshots go to {@code target/screenshots/}.
 */
class TeamJourneyTests extends BrowserJourney {

    static final String PASSWORD = "team journey passphrase";

    @Autowired
    PasswordEncoder encoder;

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
        press(By.id("plan-" + first));
        press(By.id("plan-" + second));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("frequency"))).selectByValue("BIWEEKLY");
        screenshot("team-bulk-ticked");
        click(By.id("approve-selected"));
        waitFor(By.cssSelector(".alert-success"));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("2");
        assertThat(status(first)).isEqualTo("ACTIVE");
        assertThat(status(second)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select rhythm_frequency from development_plan where id = ?", String.class,
            first)).isEqualTo("BIWEEKLY");
        screenshot("team-bulk-approved");
        signOut();
    }

    @Test
    void theDemoManagersTeamReadsWellInThreeLanguagesAndOnAPhoneAndHrSeesThoseWithoutAManager() throws Exception {
        signIn("manager@example.com", DEMO_PASSWORD);
        open("/team");
        assertThat(driver.findElements(By.cssSelector("#team-table tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.id("team-table")).getText()).contains("Submitted", "Active",
            "Changes requested");
        screenshot("team-en");
        open("/team?scope=line&sort=status");
        screenshot("team-line-en");
        open("/team?lang=vi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kế hoạch của nhóm");
        screenshot("team-vi");
        open("/team?lang=zh-CN");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("团队发展计划");
        screenshot("team-zh-CN");
        open("/team?lang=en&missed=true");
        screenshot("team-missed-en");
        open("/team");
        phone();
        screenshot("team-phone");
        assertThat(driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
            .as("nothing wider than the phone's screen but the table, which scrolls in its box").isEqualTo(true);
        driver.executeScript("window.scrollTo(0, document.getElementById('team-results').getBoundingClientRect().top"
            + " + window.scrollY - 10)");
        screenshot("team-phone-list");
        desktop();
        signOut();

        signIn("hr@example.com", DEMO_PASSWORD);
        open("/team");
        assertThat(driver.findElement(By.cssSelector(".text-body-secondary")).getText()).contains("HR");
        screenshot("team-hr-unmanaged");
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
}
