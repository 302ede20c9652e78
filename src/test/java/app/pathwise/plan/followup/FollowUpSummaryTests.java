package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.followup.PlanFixtures.Team;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The follow-up summary the plan page shows: what is behind schedule, the latest comments and what
 * the reader may do; and the fragment the plan page includes, rendered as it would be there.
 */
@IntegrationTest
class FollowUpSummaryTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    FollowUpQueries followUps;

    @Autowired
    PlanAccess access;

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    ApplicationContext context;

    PlanFixtures plans;
    Team t;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void team() {
        plans = new PlanFixtures(jdbc, encoder);
        t = plans.team("Summary");
    }

    @Test
    void aMissedCheckInOverdueActionsAndMissingReportsAreFlagged() {
        long plan = plans.activePlan(t.employee(), today.minusMonths(3).minusDays(10), today.minusDays(3), "MONTHLY");
        plans.checkIn(plan, today.minusDays(40), today.minusDays(40), t.manager(), "Last month");
        plans.action(plan, "Read the book", today.minusDays(1), "PLANNED");
        plans.action(plan, "Shadow the lead", today.minusDays(9), "IN_PROGRESS");
        plans.action(plan, "Finished already", today.minusDays(9), "DONE");
        plans.action(plan, "Dropped", today.minusDays(9), "CANCELLED");
        plans.action(plan, "Not yet due", today.plusDays(1), "PLANNED");
        plans.report(plan, today.minusMonths(3).minusDays(10), today.minusMonths(2).minusDays(11), "First month");
        for (int i = 1; i <= 4; i++) {
            plans.comment(plan, null, i % 2 == 0 ? t.manager() : t.employee(), "Comment " + i, 10 - i);
        }

        FollowUp summary = followUps.summary(access.check(t.owner(), plan));
        assertThat(summary.active()).isTrue();
        assertThat(summary.nextCheckInOn()).isEqualTo(today.minusDays(3));
        assertThat(summary.lastCheckInOn()).isEqualTo(today.minusDays(40));
        assertThat(summary.missedCheckIn()).isTrue();
        assertThat(summary.overdueActions()).isEqualTo(2);
        assertThat(summary.missingReports()).isEqualTo(2);
        assertThat(summary.behindSchedule()).isTrue();
        assertThat(summary.comments()).isEqualTo(4);
        assertThat(summary.latestComments()).extracting(CommentView::body).containsExactly("Comment 4", "Comment 3",
            "Comment 2");
        assertThat(summary.mayComment()).isTrue();
        assertThat(summary.mayRecordCheckIn()).isTrue();

        Document fragment = render(summary);
        assertThat(fragment.select(".pw-flag-missed-check-in a").attr("href")).isEqualTo("/plans/" + plan + "/check-ins");
        assertThat(fragment.select(".pw-flag-overdue-actions").text()).isEqualTo("2 actions are past their due date.");
        assertThat(fragment.select(".pw-flag-missing-reports a").attr("href")).isEqualTo("/plans/" + plan + "/reports");
        assertThat(fragment.select(".pw-flag-missing-reports").text()).isEqualTo("2 progress reports are missing.");
        assertThat(fragment.select(".pw-comments li p").eachText()).containsExactly("Comment 4", "Comment 3",
            "Comment 2");
        assertThat(fragment.select("a").eachAttr("href")).contains("/plans/" + plan + "/check-ins/new",
            "/plans/" + plan + "/review", "/plans/" + plan + "/comments");
        assertThat(fragment.selectFirst("form").attr("action")).isEqualTo("/plans/" + plan + "/comments");
        assertThat(fragment.selectFirst("form input[name=from]").val()).isEqualTo("plan");
    }

    @Test
    void aCheckInHeldSinceTheDueDateAndAPlanOnScheduleRaiseNoFlag() {
        long plan = plans.activePlan(t.employee(), today.minusMonths(1).plusDays(5), today.minusDays(3), "QUARTERLY");
        plans.checkIn(plan, today.minusDays(1), null, t.manager(), "Held after the rhythm changed");
        plans.action(plan, "Done in time", today.minusDays(2), "DONE");
        FollowUp summary = followUps.summary(access.check(t.hr(), plan));
        assertThat(summary.missedCheckIn()).isFalse();
        assertThat(summary.overdueActions()).isZero();
        assertThat(summary.missingReports()).isZero();
        assertThat(summary.behindSchedule()).isFalse();
        assertThat(summary.mayComment()).as("HR reads only").isFalse();
        assertThat(summary.mayRecordCheckIn()).isFalse();
        Document fragment = render(summary);
        assertThat(fragment.select(".alert")).isEmpty();
        assertThat(fragment.select("form")).isEmpty();
        assertThat(fragment.text()).contains("No comments yet.");
    }

    @Test
    void aPlanNotYetActiveHasNoFlags() {
        long plan = plans.plan(t.employee(), "SUBMITTED", today.minusMonths(2), today.plusMonths(10), null, null,
            null, "MONTHLY");
        plans.action(plan, "Past but the plan is not approved", today.minusDays(5), "PLANNED");
        FollowUp summary = followUps.summary(access.check(t.reviewer(), plan));
        assertThat(summary.active()).isFalse();
        assertThat(summary.behindSchedule()).isFalse();
        assertThat(summary.nextCheckInOn()).isNull();
        assertThat(summary.mayComment()).isTrue();
        assertThat(render(summary).text()).contains("Check-ins, reports and the review start once the plan is approved.");
    }

    /** Renders the fragment as the plan page includes it. */
    private Document render(FollowUp summary) {
        var servletContext = ((WebApplicationContext) context).getServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/plans/" + summary.planId());
        WebContext web = new WebContext(JakartaServletWebApplication.buildApplication(servletContext)
            .buildExchange(request, new MockHttpServletResponse()), Locale.ENGLISH);
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
            new ThymeleafEvaluationContext(context, null));
        web.setVariable("followUp", summary);
        return Jsoup.parse(templates.process("plan/followup/summary", Set.of("summary"), web));
    }
}
