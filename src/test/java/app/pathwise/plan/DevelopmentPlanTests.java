package app.pathwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's workflow on the aggregate: each step from the states it allows, refused from the others. */
class DevelopmentPlanTests {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final ApproveCommand MONTHLY = new ApproveCommand(CheckInFrequency.MONTHLY, CheckInMode.MEETING,
        TODAY.plusWeeks(2), ReportFrequency.QUARTERLY, "Good plan.");

    static DevelopmentPlan draft() {
        return DevelopmentPlan.start(7L, new PlanDetails(" Grow into a senior role ", TODAY, TODAY.plusYears(1),
            "Clear writing", "  "), 3L, null, NOW);
    }

    @Test
    void aNewPlanIsADraftWithItsDetailsCleaned() {
        DevelopmentPlan plan = draft();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.getTitle()).isEqualTo("Grow into a senior role");
        assertThat(plan.getEmployeeId()).isEqualTo(7L);
        assertThat(plan.getLastActivityAt()).isEqualTo(NOW);
    }

    @Test
    void aDraftIsSubmittedAndThenNoLongerEditable() {
        DevelopmentPlan plan = draft();
        PlanEvent event = plan.submit(7L, NOW.plusSeconds(60));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(event.getKind()).isEqualTo(PlanEventKind.SUBMITTED);
        assertThat(event.getActorId()).isEqualTo(7L);
        assertThat(plan.getLastActivityAt()).isEqualTo(NOW.plusSeconds(60));
        assertRefused(() -> plan.submit(7L, NOW), "plan.refused.submit");
        assertRefused(() -> plan.describe(new PlanDetails("Other", TODAY, TODAY.plusYears(1), null, null), NOW),
            "plan.refused.not-editable");
    }

    @Test
    void theReviewerRequestsChangesWithACommentAndTheEmployeeSubmitsAgain() {
        DevelopmentPlan plan = draft();
        plan.submit(7L, NOW);
        PlanEvent event = plan.requestChanges(8L, true, "  Add a mentoring action. ", NOW);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.CHANGES_REQUESTED);
        assertThat(event.getComment()).isEqualTo("Add a mentoring action.");
        assertThat(event.isActingFor()).isTrue();
        plan.describe(new PlanDetails("Better title", TODAY, TODAY.plusYears(1), null, null), NOW);
        assertThat(plan.getTitle()).isEqualTo("Better title");
        plan.submit(7L, NOW);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aChangeRequestNeedsAComment() {
        DevelopmentPlan plan = draft();
        plan.submit(7L, NOW);
        assertThatThrownBy(() -> plan.requestChanges(8L, false, " ", NOW))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void approvalSetsTheRhythmAndTheFirstCheckInIsTheNextOne() {
        DevelopmentPlan plan = draft();
        plan.submit(7L, NOW);
        PlanEvent event = plan.approve(MONTHLY, 8L, false, NOW);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.getRhythmFrequency()).isEqualTo(CheckInFrequency.MONTHLY);
        assertThat(plan.getRhythmMode()).isEqualTo(CheckInMode.MEETING);
        assertThat(plan.getFirstCheckInOn()).isEqualTo(TODAY.plusWeeks(2));
        assertThat(plan.getNextCheckInOn()).isEqualTo(TODAY.plusWeeks(2));
        assertThat(plan.getReportFrequency()).isEqualTo(ReportFrequency.QUARTERLY);
        assertThat(plan.getApprovedBy()).isEqualTo(8L);
        assertThat(plan.getApprovedAt()).isEqualTo(NOW);
        assertThat(event.getKind()).isEqualTo(PlanEventKind.APPROVED);
        assertThat(event.getComment()).isEqualTo("Good plan.");
        assertThat(plan.getRhythmFrequency().after(plan.getFirstCheckInOn())).isEqualTo(TODAY.plusWeeks(2).plusMonths(1));
    }

    @Test
    void onlyASubmittedPlanIsDecidedOn() {
        DevelopmentPlan plan = draft();
        assertRefused(() -> plan.approve(MONTHLY, 8L, false, NOW), "plan.refused.decide");
        assertRefused(() -> plan.requestChanges(8L, false, "Why?", NOW), "plan.refused.decide");
        plan.submit(7L, NOW);
        plan.requestChanges(8L, false, "Why?", NOW);
        assertRefused(() -> plan.approve(MONTHLY, 8L, false, NOW), "plan.refused.decide");
        plan.submit(7L, NOW);
        plan.approve(MONTHLY, 8L, false, NOW);
        assertRefused(() -> plan.approve(MONTHLY, 8L, false, NOW), "plan.refused.decide");
    }

    @Test
    void onlyAnActivePlanIsCompleted() {
        DevelopmentPlan plan = draft();
        assertRefused(() -> plan.complete(7L, false, null, NOW), "plan.refused.complete");
        plan.submit(7L, NOW);
        assertRefused(() -> plan.complete(7L, false, null, NOW), "plan.refused.complete");
        plan.approve(MONTHLY, 8L, false, NOW);
        PlanEvent event = plan.complete(7L, false, "All goals reached.", NOW);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(event.getKind()).isEqualTo(PlanEventKind.COMPLETED);
        assertRefused(() -> plan.complete(7L, false, null, NOW), "plan.refused.complete");
        assertRefused(() -> plan.close(7L, false, null, NOW), "plan.refused.close");
    }

    @Test
    void anyOpenPlanIsClosedAndAClosedOneStaysClosed() {
        for (int steps = 0; steps < 4; steps++) {
            DevelopmentPlan plan = draft();
            if (steps >= 1) {
                plan.submit(7L, NOW);
            }
            if (steps == 2) {
                plan.requestChanges(8L, false, "More.", NOW);
            }
            if (steps == 3) {
                plan.approve(MONTHLY, 8L, false, NOW);
            }
            PlanEvent event = plan.close(8L, true, "Moved to another team.", NOW);
            assertThat(plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
            assertThat(event.isActingFor()).isTrue();
            assertRefused(() -> plan.close(7L, false, null, NOW), "plan.refused.close");
            assertRefused(() -> plan.submit(7L, NOW), "plan.refused.submit");
        }
    }

    @Test
    void anActionIsDoneOnTheDayItIsFirstMarkedDoneAndNotDoneWhenReopened() {
        DevelopmentAction action = new DevelopmentAction(1L, new ActionDetails(ActionKind.COURSE, "Course",
            null, null, TODAY.plusMonths(2)), NOW);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.PLANNED);
        action.recordProgress(new ActionProgress(ActionStatus.DONE, "Passed", null, null), TODAY, NOW);
        assertThat(action.getCompletedOn()).isEqualTo(TODAY);
        action.recordProgress(new ActionProgress(ActionStatus.DONE, "Passed with 92%", null, "Noted"),
            TODAY.plusDays(3), NOW);
        assertThat(action.getCompletedOn()).isEqualTo(TODAY);
        action.recordProgress(new ActionProgress(ActionStatus.IN_PROGRESS, null, null, null), TODAY, NOW);
        assertThat(action.getCompletedOn()).isNull();
    }

    @Test
    void aGoalReachedKeepsItsFirstDateAndItsRetrospectiveCanBeCorrected() {
        CareerGoal goal = new CareerGoal(1L, new GoalDetails(GoalHorizon.SHORT, null, "Lead a guild", null), 0);
        goal.reach(TODAY, "A mentor", "Weekly reading");
        goal.reach(TODAY.plusDays(5), "A mentor and my team", "Weekly reading");
        assertThat(goal.getStatus()).isEqualTo(GoalStatus.REACHED);
        assertThat(goal.getReachedOn()).isEqualTo(TODAY);
    }

    @Test
    void theMixCountsActionsByModeAndItsPercentagesAddUpToAHundred() {
        ActionMix mix = ActionMix.of(List.of(ActionKind.STRETCH_ASSIGNMENT, ActionKind.JOB_ROTATION,
            ActionKind.OTHER, ActionKind.MENTORING, ActionKind.COURSE, ActionKind.SELF_STUDY));
        assertThat(mix.parts()).extracting(ActionMix.Part::mode, ActionMix.Part::count, ActionMix.Part::percent,
                ActionMix.Part::guideline, ActionMix.Part::offset)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(LearningMode.EXPERIENCE, 3L, 50, 70, 0),
                org.assertj.core.groups.Tuple.tuple(LearningMode.RELATIONSHIPS, 1L, 17, 20, 50),
                org.assertj.core.groups.Tuple.tuple(LearningMode.FORMAL, 2L, 33, 10, 67));
        ActionMix thirds = ActionMix.of(List.of(ActionKind.COURSE, ActionKind.MENTORING, ActionKind.OTHER));
        assertThat(thirds.parts().stream().mapToInt(ActionMix.Part::percent).sum()).isEqualTo(100);
        assertThat(ActionMix.of(List.of()).empty()).isTrue();
        assertThat(mix.count(ActionKind.COURSE)).isEqualTo(1);
    }

    @Test
    void evidenceLinksAreWebAddresses() {
        assertThat(PlanRules.isWebLink("https://learn.example.com/certificates/42")).isTrue();
        assertThat(PlanRules.isWebLink("HTTP://intranet.example.com/x")).isTrue();
        assertThat(PlanRules.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(PlanRules.isWebLink("ftp://files.example.com/a")).isFalse();
        assertThat(PlanRules.isWebLink("www.example.com")).isFalse();
        assertThat(PlanRules.isWebLink("https:///nohost")).isFalse();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String key) {
        assertThatThrownBy(step).isInstanceOf(PlanRefusal.class)
            .satisfies(e -> assertThat(((PlanRefusal) e).messageKey()).isEqualTo(key));
    }
}
