package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Path authoring in a real browser: HR drafts a path with levels and submits it, the executive finds
 * it awaiting approval and approves it, HR publishes it with a change note and reads its history.
 * Screenshots of each page, on a desktop and a phone, go to {@code target/screenshots/}.
 */
class PathAuthoringJourneyTests extends BrowserJourney {

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
    }

    private void submit() {
        click(By.cssSelector("main form button[type=submit]"));
    }
}
