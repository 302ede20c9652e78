package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.objective.ObjectiveFixtures;
import app.pathwise.objective.Period;
import app.pathwise.objective.PeriodKind;
import app.pathwise.support.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An employee creates an objective for this quarter aligned under their department's objective, adds
 * a number key result and records progress; the alignment tree shows it rolling up to the department
 * and the company. Screenshots in English, Vietnamese and Chinese, on a desktop and a phone, go to
 * {@code target/screenshots/}.
 */
class ObjectiveJourneyTests extends BrowserJourney {

    static final String PASSWORD = "objective journey passphrase";

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anEmployeeAlignsAnObjectiveAddsAKeyResultRecordsProgressAndSeesItRollUp() throws Exception {
        Fixtures people = new Fixtures(jdbc, encoder);
        ObjectiveFixtures objectives = new ObjectiveFixtures(jdbc);
        String tag = Fixtures.unique("J");
        LocalDate today = LocalDate.now();
        Period quarter = Period.containing(PeriodKind.QUARTER, today);
        Period year = Period.containing(PeriodKind.YEAR, today);
        long department = people.department("Journey Squad " + tag);
        long manager = people.employee("Lan Journey Manager " + tag, null, department);
        long employee = people.employee("Minh Journey Employee " + tag, manager, department);
        long company = objectives.company("Delight our customers " + tag, year);
        objectives.number(company, "Customer satisfaction " + tag, 60, 80, 70);
        long squad = objectives.department(department, "Faster support answers " + tag, quarter, company);
        objectives.number(squad, "Tickets answered within a day " + tag, 0, 100, 60);
        String email = people.account(employee, PASSWORD);

        signIn(email, PASSWORD);
        open("/objectives");
        click(By.id("new-objective"));
        driver.findElement(By.id("title")).sendKeys("Answer every ticket kindly " + tag);
        driver.findElement(By.id("description")).sendKeys("My part of the squad's goal this quarter.");
        assertThat(new Select(driver.findElement(By.id("period"))).getFirstSelectedOption().getAttribute("value"))
            .isEqualTo(quarter.code());
        new Select(driver.findElement(By.id("parentId"))).selectByValue(String.valueOf(squad));
        screenshot("objective-form");
        click(By.id("save-objective"));
        waitFor(By.cssSelector(".alert-success"));
        String objectiveUrl = driver.getCurrentUrl();
        long objective = Long.parseLong(objectiveUrl.substring(objectiveUrl.lastIndexOf('/') + 1));

        click(By.id("add-key-result"));
        driver.findElement(By.id("title")).sendKeys("Customers thanking us " + tag);
        assertThat(driver.findElement(By.id("milestones")).isDisplayed()).isFalse();
        driver.findElement(By.id("startValue")).clear();
        driver.findElement(By.id("startValue")).sendKeys("0");
        driver.findElement(By.id("targetValue")).sendKeys("20");
        driver.findElement(By.id("unit")).sendKeys("customers");
        screenshot("objective-key-result-form");
        click(By.id("save-key-result"));
        waitFor(By.cssSelector(".alert-success"));
        long keyResult = jdbc.queryForObject("select id from key_result where objective_id = ?", Long.class, objective);

        click(By.id("update-" + keyResult));
        WebElement value = driver.findElement(By.id("value"));
        value.clear();
        value.sendKeys("8");
        driver.findElement(By.id("note")).sendKeys("Eight thank-you notes after the new reply templates.");
        screenshot("objective-value-form");
        click(By.id("save-value"));
        waitFor(By.cssSelector(".alert-success"));
        assertThat(driver.findElement(By.id("objective-progress")).getText()).isEqualTo("40%");
        assertThat(driver.findElement(By.id("history")).getText()).contains("8 customers",
            "Eight thank-you notes after the new reply templates.");
        fullPage("objective-detail");
        phone();
        fullPage("objective-detail-phone");
        desktop();

        open("/objectives/alignment");
        WebElement squadNode = driver.findElement(By.id("node-" + squad));
        assertThat(squadNode.getText()).contains("Answer every ticket kindly " + tag,
            "1 personal objective aligned directly, average progress 40%",
            "1 objective aligned beneath, average progress 40%");
        // the company objective: own 50 %, beneath it the squad (60 %) and the personal objective (40 %)
        assertThat(driver.findElement(By.id("node-" + company)).getText())
            .contains("Own progress 50%", "2 objectives aligned beneath, average progress 50%");
        driver.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
            driver.findElement(By.id("node-" + company)));
        screenshot("objective-alignment-en");
        phone();
        driver.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
            driver.findElement(By.id("node-" + company)));
        screenshot("objective-alignment-phone");
        desktop();
        open("/objectives");
        fullPage("objective-mine-en");

        open("/objectives/alignment?lang=vi");
        assertThat(driver.findElement(By.id("node-" + squad)).getText())
            .contains("1 mục tiêu cá nhân gắn trực tiếp, tiến độ trung bình 40%");
        driver.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
            driver.findElement(By.id("node-" + company)));
        screenshot("objective-alignment-vi");
        open("/objectives/" + objective);
        fullPage("objective-detail-vi");
        open("/objectives?lang=zh-CN");
        fullPage("objective-mine-zh");
        open("/objectives/alignment");
        assertThat(driver.findElement(By.id("node-" + squad)).getText()).contains("直接对齐 1 个个人目标，平均进度 40%");
        driver.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
            driver.findElement(By.id("node-" + company)));
        screenshot("objective-alignment-zh");
        open("/objectives/" + objective + "/key-results/" + keyResult + "/value");
        screenshot("objective-value-form-zh");
        open("/?lang=en");
        signOut();
    }

    @Test
    void theDemoManagerReadsTheTeamsObjectivesAndHrAddsACompanyObjective() throws Exception {
        long employee = jdbc.queryForObject("select employee_id from account where email = 'employee@example.com'",
            Long.class);
        String title = jdbc.queryForObject("select title from objective where owner_id = ? and period_kind = 'QUARTER'"
            + " and status = 'ACTIVE' order by id limit 1", String.class, employee);
        signIn("manager@example.com");
        open("/people/" + employee + "/objectives");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title);
        assertThat(driver.findElements(By.cssSelector("main a[id^=update-]"))).isEmpty();
        fullPage("objective-person-manager");
        open("/objectives");
        String department = jdbc.queryForObject("select d.name from employee e join department d on d.id ="
            + " e.department_id join account a on a.employee_id = e.id where a.email = 'manager@example.com'",
            String.class);
        click(By.linkText(department));
        assertThat(driver.findElements(By.id("new-objective"))).hasSize(1);
        fullPage("objective-department-manager");
        signOut();

        signIn("hr@example.com");
        open("/objectives/company?lang=vi");
        fullPage("objective-company-vi");
        click(By.id("new-objective"));
        driver.findElement(By.id("title")).sendKeys(" ");
        click(By.id("save-objective"));
        assertThat(driver.findElement(By.id("error-summary")).getText()).isNotBlank();
        screenshot("objective-form-errors-vi");
        open("/objectives/alignment?lang=zh-CN");
        fullPage("objective-alignment-hr-zh");
        open("/?lang=en");
        signOut();
    }
}
