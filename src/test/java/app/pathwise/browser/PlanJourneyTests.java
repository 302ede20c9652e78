package app.pathwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.notification.OutboxDriver;
import app.pathwise.objective.ObjectiveFixtures;
import app.pathwise.objective.Period;
import app.pathwise.objective.PeriodKind;
import app.pathwise.plan.followup.PlanReminders;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A development plan in a real browser, from start to the first results: the demo employee starts a
 * plan from their gaps, adds a goal and two actions and submits it; their manager, told in the inbox,
 * asks for a change with a comment; the employee adds what was asked and submits again; the manager
 * approves with a monthly rhythm; the employee marks an action done with evidence, records a check-in
 * with a key-result update and reaches a goal with its retrospective; the daily reminders put the
 * overdue check-in and action in the inbox, and every notice reaches the SMTP server (GreenMail) as
 * e-mail. Screenshots in English, Vietnamese and Chinese, on a desktop and a phone, go to
 * {@code target/screenshots/}.
 */
class PlanJourneyTests extends BrowserJourney {

    static final String EMPLOYEE = "employee@example.com";
    static final String MANAGER = "manager@example.com";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
        .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    PlanReminders reminders;

    @Test
    void theEmployeePlansTheManagerAsksForAChangeThenApprovesAndTheEmployeeRecordsProgress() throws Exception {
        // The demo employee may already have a plan (demo data, an earlier run): close it first.
        jdbc.update("""
            update development_plan set status = 'CLOSED', closed_at = now()
             where employee_id = (select employee_id from account where email = ?)
               and status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACTIVE')
            """, EMPLOYEE);
        LocalDate today = LocalDate.now();
        long employee = jdbc.queryForObject("select employee_id from account where email = ?", Long.class, EMPLOYEE);
        ObjectiveFixtures objectives = new ObjectiveFixtures(jdbc);
        long objective = objectives.personal(employee, "Faster releases", Period.containing(PeriodKind.QUARTER, today),
            jdbc.queryForObject("select min(id) from objective where scope = 'COMPANY'", Long.class));
        try {
            journey(today, objectives, objective);
        } finally {
            // the demo employee's objectives are the demo's again for the other tests
            jdbc.update("delete from key_result_update where key_result_id in"
                + " (select id from key_result where objective_id = ?)", objective);
            jdbc.update("delete from key_result where objective_id = ?", objective);
            jdbc.update("delete from objective where id = ?", objective);
        }
    }

    private void journey(LocalDate today, ObjectiveFixtures objectives, long objective) throws Exception {
        long keyResult = objectives.number(objective, "Services on the new pipeline", 0, 10, 4);
        while (OutboxDriver.sendDue(context) > 0) {
            // what other tests left queued goes first
        }
        smtp.purgeEmailFromAllMailboxes();

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
        click(By.id("inbox-link"));
        waitFor(By.cssSelector(".pw-inbox"));
        assertThat(driver.findElement(By.cssSelector(".pw-inbox")).getText())
            .contains("A development plan waits for your review");
        screenshot("plan-manager-inbox");
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

        // a check-in with a key-result update
        open(plan + "/check-ins");
        click(By.id("record-check-in"));
        waitFor(By.id("check-in-form"));
        type("progressSummary", "Finished the architecture course; started the billing design.");
        type("kr-value-" + keyResult, "6");
        type("kr-note-" + keyResult, "Two more services moved this month.");
        type("nextSteps", "Review the billing design with the team.");
        fullPage("plan-check-in-form");
        click(By.id("save-check-in"));
        waitFor(By.cssSelector(".alert-success"));
        click(By.cssSelector("article.pw-check-in a[href*='/check-ins/']"));
        waitFor(By.id("key-result-updates"));
        assertThat(text("key-result-updates")).contains("Services on the new pipeline", "Faster releases", "4", "6",
            "Two more services moved this month.");
        screenshot("plan-check-in-recorded");
        assertThat(objectives.current(keyResult)).isEqualByComparingTo("6");

        // the short-term goal reached, with its retrospective
        open(plan);
        click(By.xpath("//section[@id='goals']//a[contains(@href,'/goals/')]"));
        waitFor(By.id("retrospective-form"));
        type("whatHelped", "Pairing with a principal engineer every week.");
        type("whatToKeep", "Writing a design note before every change.");
        screenshot("plan-retrospective-form");
        click(By.id("save-retrospective"));
        waitFor(By.id("goals"));
        assertThat(text("goals")).contains("Pairing with a principal engineer every week.");

        // the employee was told of the change request and the approval
        click(By.id("inbox-link"));
        waitFor(By.cssSelector(".pw-inbox"));
        assertThat(driver.findElement(By.cssSelector(".pw-inbox")).getText()).contains(
            "Your manager asked for changes to your plan", "Your development plan is approved");

        // the day after the next check-in was due, and after the billing design was due, nothing recorded:
        // the daily job reminds them
        LocalDate nextCheckIn = jdbc.queryForObject("select next_check_in_on from development_plan where id = ?",
            LocalDate.class, Long.parseLong(plan.substring("/plans/".length())));
        reminders.remind(nextCheckIn.plusDays(1));
        reminders.remind(today.plusMonths(3).plusDays(1));
        open("/inbox");
        assertThat(driver.findElement(By.cssSelector(".pw-inbox")).getText()).contains("Check-in overdue since",
            "Action overdue: Design the new billing service");
        screenshot("plan-reminders-inbox");
        open("/inbox?lang=vi");
        screenshot("plan-reminders-inbox-vi");
        open("/?lang=en");

        // and by e-mail, through the SMTP server
        while (OutboxDriver.sendDue(context) > 0) {
            // every mail queued, in batches
        }
        assertThat(subjectsTo(EMPLOYEE)).contains("Your manager asked for changes to your plan",
            "Your development plan is approved", "Action overdue: Design the new billing service")
            .anyMatch(subject -> subject.startsWith("Check-in overdue since"));
        assertThat(subjectsTo(MANAGER)).contains("A development plan waits for your review")
            .anyMatch(subject -> subject.startsWith("Check-in overdue since"));

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

    /** The subjects of the e-mails the SMTP server received for this address. */
    private static List<String> subjectsTo(String address) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> {
                try {
                    return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().contains(address));
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            })
            .map(PlanJourneyTests::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
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
