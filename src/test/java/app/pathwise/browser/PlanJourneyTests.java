package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A development plan in a real browser: the demo employee starts a plan from their gaps, adds a goal
 * and two actions and submits it; their manager asks for a change with a comment; the employee adds
 * what was asked and submits again; the manager approves with a monthly rhythm; the employee marks
 * an action done with evidence. Screenshots in English, Vietnamese and Chinese, on a desktop and a
 * phone, go to {@code target/screenshots/}.
 */
class PlanJourneyTests extends BrowserJourney {

    static final String EMPLOYEE = "employee@example.com";
    static final String MANAGER = "manager@example.com";

    @Test
    void theEmployeePlansTheManagerAsksForAChangeThenApprovesAndTheEmployeeRecordsProgress() throws Exception {
        // The demo employee may already have a plan (demo data, an earlier run): close it first.
        jdbc.update("""
            update development_plan set status = 'CLOSED', closed_at = now()
             where employee_id = (select employee_id from account where email = ?)
               and status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACTIVE')
            """, EMPLOYEE);
        LocalDate today = LocalDate.now();

        signIn(EMPLOYEE);
        navigate("nav-my-plan");
        waitFor(By.id("start-plan"));
        screenshot("plan-start");
        click(By.id("start-plan"));
        waitFor(By.id("plan-form"));
        List<WebElement> gaps = driver.findElements(By.cssSelector("#gapIds input[type=checkbox]"));
        assertThat(gaps).as("the demo employee has gaps to choose from").isNotEmpty();
        for (WebElement gap : gaps.subList(0, Math.min(2, gaps.size()))) {
            scrollTo(gap);
            gap.click();
        }
        type("strengths", "Clear code reviews; calm in incidents.");
        type("developmentAreas", "System design and presenting to stakeholders.");
        type("shortWhy", "Lead design work in my team.");
        fullPage("plan-new");
        click(By.id("create-plan"));
        waitFor(By.id("status-banner"));
        String planUrl = driver.getCurrentUrl();
        String plan = planUrl.substring(planUrl.indexOf("/plans/"));
        assertThat(text("status-banner")).contains("draft");

        click(By.id("add-goal"));
        press(By.cssSelector("input[name=horizon][value=LONG]"));
        type("targetText", "Lead the platform team");
        type("why", "I enjoy helping others grow.");
        screenshot("plan-goal-form");
        click(By.id("save-goal"));
        waitFor(By.id("goals"));
        assertThat(text("goals")).contains("Lead the platform team");

        addAction("STRETCH_ASSIGNMENT", "Design the new billing service", today.plusMonths(3));
        addAction("COURSE", "Software architecture course", today.plusMonths(2));
        assertThat(text("actions")).contains("Design the new billing service", "Software architecture course");
        screenshot("plan-draft");
        click(By.id("submit-plan"));
        waitFor(By.id("status-banner"));
        assertThat(text("status-banner")).contains("Submitted for review");
        screenshot("plan-submitted");
        signOut();

        signIn(MANAGER);
        open(plan);
        waitFor(By.id("approve-form"));
        assertThat(text("status-banner")).contains("Waiting for your review");
        screenshot("plan-review");
        type("changes-comment", "Please add a mentoring action: pair with a principal engineer.");
        click(By.id("request-changes"));
        waitFor(By.id("status-banner"));
        assertThat(text("status-banner")).contains("You asked for changes");
        signOut();

        signIn(EMPLOYEE);
        navigate("nav-my-plan");
        waitFor(By.id("change-request"));
        assertThat(text("change-request")).contains("pair with a principal engineer");
        screenshot("plan-changes-requested");
        click(By.id("edit-plan"));
        waitFor(By.id("plan-form"));
        fullPage("plan-edit");
        click(By.id("save-plan"));
        waitFor(By.id("status-banner"));
        addAction("MENTORING", "Monthly pairing with a principal engineer", today.plusMonths(6));
        click(By.id("submit-plan"));
        waitFor(By.id("status-banner"));
        assertThat(text("status-banner")).contains("Submitted for review");
        signOut();

        signIn(MANAGER);
        open(plan);
        waitFor(By.id("approve-form"));
        new Select(driver.findElement(By.id("frequency"))).selectByValue("MONTHLY");
        new Select(driver.findElement(By.id("mode"))).selectByValue("MEETING");
        type("approve-comment", "Good plan. Let us start.");
        screenshot("plan-approve-form");
        click(By.id("approve"));
        waitFor(By.id("rhythm"));
        assertThat(text("status-banner")).contains("Active");
        assertThat(text("rhythm")).contains("Monthly", "1:1 meeting");
        screenshot("plan-active-manager");
        signOut();

        signIn(EMPLOYEE);
        navigate("nav-my-plan");
        waitFor(By.id("rhythm"));
        click(By.xpath("//div[contains(@class,'list-group-item')][.//span[text()='Software architecture course']]"
            + "//a[contains(@href,'/actions/')]"));
        waitFor(By.id("progress-form"));
        press(By.cssSelector("input[name=status][value=DONE]"));
        type("evidenceText", "Passed the final assessment with 92%.");
        type("evidenceUrl", "https://learning.example.com/certificates/42");
        type("completionNote", "Using the patterns in the billing design.");
        screenshot("plan-progress-form");
        click(By.id("save-progress"));
        waitFor(By.id("progress"));
        assertThat(text("progress")).contains("33%");
        assertThat(text("actions")).contains("Passed the final assessment", "learning.example.com");
        screenshot("plan-active-en");
        fullPage("plan-active-en-full");

        open(plan + "?lang=vi");
        waitFor(By.id("progress"));
        assertThat(text("status-banner")).contains("Đang thực hiện");
        fullPage("plan-active-vi");
        open(plan + "?lang=zh-CN");
        waitFor(By.id("progress"));
        assertThat(text("status-banner")).contains("进行中");
        fullPage("plan-active-zh");
        open("/plans/new?lang=zh-CN");
        open("/people/" + jdbc.queryForObject("select employee_id from account where email = ?", Long.class, EMPLOYEE)
            + "/plans");
        screenshot("plan-history-zh");

        open(plan + "?lang=en");
        phone();
        waitFor(By.id("progress"));
        fullPage("plan-active-phone");
        for (String section : List.of("status-banner", "mix", "goals", "gaps", "actions", "history")) {
            WebElement element = driver.findElement(By.id(section));
            driver.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", element);
            screenshot("plan-phone-" + section);
        }
        click(By.xpath("//div[contains(@class,'list-group-item')][.//span[text()='Design the new billing service']]"
            + "//a[contains(@href,'/actions/')]"));
        waitFor(By.id("progress-form"));
        screenshot("plan-action-phone");
        open(plan + "?lang=vi");
        waitFor(By.id("progress"));
        screenshot("plan-phone-vi");
        desktop();
        open("/?lang=en");
        signOut();
    }

    private void addAction(String kind, String title, LocalDate due) {
        click(By.id("add-action"));
        waitFor(By.id("action-form"));
        new Select(driver.findElement(By.id("kind"))).selectByValue(kind);
        type("title", title);
        WebElement dueOn = driver.findElement(By.id("dueOn"));
        driver.executeScript("arguments[0].value = arguments[1];", dueOn, due.toString());
        Select gap = new Select(driver.findElement(By.id("gapId")));
        if (gap.getOptions().size() > 1) {
            gap.selectByIndex(1);
        }
        click(By.id("save-action"));
        waitFor(By.id("actions"));
    }
}
