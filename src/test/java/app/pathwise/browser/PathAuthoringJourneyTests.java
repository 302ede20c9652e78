package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.careerpath.CareerPathFixtures;
import app.pathwise.support.Fixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A career path from its first draft to an employee's readiness, in a real browser: HR drafts a path
 * with levels (the first tied to the employee's job title) and submits it; the executive finds it
 * awaiting approval and approves it; HR publishes it with a change note; the employee finds the path,
 * sees where they are, opens the next level, rates themself and sees the gap; their manager confirms
 * the rating at the required level and the readiness for the next level changes. Screenshots of each
 * page, on a desktop and a phone, go to {@code target/screenshots/}.
 */
class PathAuthoringJourneyTests extends BrowserJourney {

    static final String PASSWORD = "path journey passphrase";

    @Autowired
    PasswordEncoder encoder;

    @Test
    void hrDraftsTheExecutiveApprovesHrPublishesTheEmployeeRatesAndTheManagerConfirms() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.update("""
            insert into competency (code, group_id, name_en, name_vi, name_zh)
            values (?, (select id from competency_group where code = 'PROFESSIONAL'), ?, 'Thiết kế hệ thống', '系统设计')
            """, "SYSDESIGN-" + suffix, "System design " + suffix);
        long juniorTitle = jdbc.queryForObject("insert into job_title (code, name) values (?, ?) returning id",
            Long.class, "JUN-" + suffix, "Junior engineer " + suffix);
        Fixtures people = new Fixtures(jdbc, encoder);
        long department = people.department("Path journey " + suffix);
        long manager = people.employee("Path Journey Manager " + suffix, null, department);
        long employee = people.employee("Path Journey Engineer " + suffix, manager, department);
        new CareerPathFixtures(jdbc).giveJobTitle(employee, juniorTitle);
        String managerEmail = people.account(manager, PASSWORD);
        String employeeEmail = people.account(employee, PASSWORD);

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
            if (level[0].equals("JUNIOR")) {
                new Select(driver.findElement(By.id("jobTitleIds"))).selectByValue(String.valueOf(juniorTitle));
            }
            if (level[0].equals("MID")) {
                screenshot("authoring-level-form");
            }
            click(By.id("save-level"));
        }
        click(By.id("add-level"));
        type("code", "MID");
        click(By.id("save-level"));
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("This field is required.");
        screenshot("authoring-level-errors");
        open(version.substring(version.indexOf("/framework")));
        screenshot("authoring-version-draft");
        click(By.id("submit"));
        screenshot("authoring-version-submitted");
        signOut();

        signIn("exec@example.com");
        open("/framework/paths?awaiting=true");
        assertThat(driver.findElement(By.id("path-SWE-" + suffix)).getText()).contains("Software engineering " + suffix);
        screenshot("authoring-awaiting-approval");
        click(By.cssSelector("#path-SWE-" + suffix + " td:last-child a"));
        driver.findElement(By.id("comment")).sendKeys("Clear levels. Approved.");
        click(By.id("approve"));
        assertThat(driver.findElement(By.id("approved")).getText()).contains("Approved");
        signOut();

        signIn("hr@example.com");
        open(version.substring(version.indexOf("/framework")));
        driver.findElement(By.id("changeNote")).sendKeys("First software engineering ladder.");
        click(By.id("publish"));
        screenshot("authoring-version-published");
        open("/framework/paths");
        screenshot("authoring-paths");
        phone();
        open(version.substring(version.indexOf("/framework")));
        screenshot("authoring-version-phone");
        desktop();
        open(version.substring(version.indexOf("/framework"), version.indexOf("/versions")) + "/history?lang=vi");
        assertThat(driver.findElement(By.id("published-versions")).getText())
            .contains("First software engineering ladder.");
        screenshot("authoring-history-vi");
        open("/framework/paths/transfer?lang=zh-CN");
        screenshot("authoring-transfer-zh");
        open("/?lang=en");
        signOut();

        // the employee finds the published path, sees where they are and what the next level asks
        signIn(employeeEmail, PASSWORD);
        open("/paths");
        click(By.linkText("Software engineering " + suffix));
        waitFor(By.cssSelector(".pw-rung-yours"));
        assertThat(driver.findElement(By.cssSelector(".pw-rung-yours")).getText()).contains("Junior engineer");
        screenshot("journey-ladder-yours");
        open("/paths?q=" + "System design " + suffix);
        screenshot("journey-search-competency");
        click(By.linkText("Engineer"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Engineer");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("System design " + suffix);
        screenshot("journey-next-level");

        open("/people/" + employee + "/assessment");
        press(By.id("r0-2"));
        driver.findElement(By.id("rows0.evidence")).sendKeys("Drew the design of the invoicing service");
        click(By.id("save-ratings"));
        waitFor(By.cssSelector(".alert-success"));
        open("/people/" + employee + "/gaps");
        String before = readiness(1);
        screenshot("journey-gaps-self");
        signOut();

        // the manager confirms the rating at the level the next step requires: the readiness changes
        signIn(managerEmail, PASSWORD);
        open("/people/" + employee + "/assessment");
        press(By.id("r0-3"));
        driver.findElement(By.id("rows0.comment")).sendKeys("Led the invoicing design review well");
        click(By.id("save-ratings"));
        waitFor(By.cssSelector(".alert-success"));
        open("/people/" + employee + "/gaps");
        assertThat(readiness(1)).isEqualTo("100%").isNotEqualTo(before);
        screenshot("journey-gaps-confirmed");
        signOut();
    }

    private void submit() {
        click(By.cssSelector("main form button[type=submit]"));
    }
}
