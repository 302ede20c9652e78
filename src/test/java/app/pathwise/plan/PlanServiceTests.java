package app.pathwise.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.NotFoundException;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The plan workflow through {@link PlanService} on the real database: each step, who may take it
 * (acting for a missing manager included), the notices and audit entries it leaves, and what it
 * refuses.
 */
@IntegrationTest
class PlanServiceTests {

    static final LocalDate TODAY = PlanFixtures.TODAY;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PlanService plans;

    @Autowired
    PlanQueries queries;

    PlanFixtures f;

    @BeforeEach
    void organisation() {
        f = new PlanFixtures(jdbc, encoder, plans);
    }

    @Test
    void startingAPlanStoresTheGapsWithTheirLevelsFromTheAnalysisAndTheGoals() {
        long planId = f.draft();
        PlanView plan = queries.plan(planId).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.title()).isEqualTo("Towards Senior Engineer");
        assertThat(plan.currentLevelTitle().en()).startsWith("Engineer Two");
        assertThat(plan.gaps()).extracting(g -> g.competencyName().en() + ":" + g.requiredLevel() + "/"
                + g.currentLevel() + ":" + g.levelTitle().en())
            .containsExactlyInAnyOrder("Coding " + f.world.tag() + ":4/2:Senior Engineer " + f.world.tag(),
                "Design " + f.world.tag() + ":3/null:Senior Engineer " + f.world.tag());
        assertThat(plan.gaps()).filteredOn(g -> g.note() != null).extracting(PlanView.Gap::note)
            .containsExactly("Start with reviews");
        assertThat(plan.goals()).singleElement().satisfies(goal -> {
            assertThat(goal.horizon()).isEqualTo(GoalHorizon.SHORT);
            assertThat(goal.levelTitle().vi()).startsWith("Kỹ sư cấp cao");
            assertThat(goal.why()).isEqualTo("More impact");
        });
        assertThat(plan.history()).extracting(PlanView.Event::kind).containsExactly(PlanEventKind.CREATED);
        assertThat(audit(planId, "development_plan")).contains("development-plan.created");
    }

    @Test
    void oneOpenPlanPerEmployeeAndAClosedOneIsKept() {
        long first = f.draft();
        assertThatThrownBy(f::draft).isInstanceOf(PlanRefusal.class)
            .extracting(e -> ((PlanRefusal) e).messageKey()).isEqualTo("plan.refused.open-plan-exists");
        plans.close(f.employeeUser(), first, f.version(first), "Starting over");
        long second = f.draft();
        assertThat(queries.openPlanOf(f.employee)).map(PlanSummary::id).contains(second);
        assertThat(queries.plansOf(f.employee, 0, 25).orElseThrow().plans().rows()).extracting(PlanSummary::id)
            .containsExactly(second, first);
    }

    @Test
    void gapsOutsideTheAnalysisAndGoalsAtUnpublishedLevelsAreRefusedAndNothingIsSaved() {
        int before = count("development_plan");
        PlanOutcome outcome = plans.startPlan(f.employeeUser(), new StartPlanCommand(
            new PlanDetails("Plan", TODAY, TODAY.minusDays(1), null, null), null,
            List.of(new GapChoice(f.world.negotiation(), null)),
            List.of(new GoalDetails(GoalHorizon.SHORT, f.world.draftLevel(), null, null),
                new GoalDetails(GoalHorizon.LONG, null, null, "Only a why")), null));
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.problems().all()).extracting(PlanProblems.Problem::field, PlanProblems.Problem::key)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("endsOn", "plan.error.period-order"),
                org.assertj.core.groups.Tuple.tuple("gaps", "plan.error.gap-not-available"),
                org.assertj.core.groups.Tuple.tuple("goals[0].targetLevelId", "plan.error.level-not-published"),
                org.assertj.core.groups.Tuple.tuple("goals[1].targetLevelId", "plan.error.goal-target"));
        assertThat(count("development_plan")).isEqualTo(before);
    }

    @Test
    void submittingNotifiesTheDirectManagerAndLocksTheContent() {
        long planId = f.draft();
        plans.submit(f.employeeUser(), planId, f.version(planId));
        assertThat(f.status(planId)).isEqualTo("SUBMITTED");
        assertThat(f.notices(f.manager, "plan.submitted")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select arguments::text from notification where recipient_id = ? and kind = ?",
            String.class, f.manager, "plan.submitted")).contains("Towards Senior Engineer");
        assertThat(jdbc.queryForObject("select link from notification where recipient_id = ? and kind = ?",
            String.class, f.manager, "plan.submitted")).isEqualTo("/plans/" + planId);
        assertThatThrownBy(() -> plans.addGoal(f.employeeUser(), planId, new GoalDetails(GoalHorizon.LONG, null,
            "Architect", null))).isInstanceOf(PlanRefusal.class);
        assertThatThrownBy(() -> plans.addAction(f.employeeUser(), planId, new ActionDetails(ActionKind.OTHER,
            "More", null, null, TODAY.plusDays(5)))).isInstanceOf(PlanRefusal.class);
        assertThat(audit(planId, "development_plan")).contains("development-plan.submitted");
    }

    @Test
    void aPlanWithoutGoalOrActionIsNotSubmitted() {
        PlanOutcome started = plans.startPlan(f.employeeUser(), new StartPlanCommand(
            new PlanDetails("Empty plan", TODAY, TODAY.plusYears(1), null, null), null, List.of(), List.of(), null));
        long planId = started.id();
        assertThatThrownBy(() -> plans.submit(f.employeeUser(), planId, f.version(planId)))
            .isInstanceOf(PlanRefusal.class)
            .extracting(e -> ((PlanRefusal) e).messageKey()).isEqualTo("plan.refused.submit-incomplete");
        assertThat(f.status(planId)).isEqualTo("DRAFT");
    }

    @Test
    void theManagerRequestsChangesWithACommentTheEmployeeFixesAndResubmits() {
        long planId = f.submitted();
        PlanOutcome blank = plans.requestChanges(f.managerUser(), planId, f.version(planId), "  ");
        assertThat(blank.problems().all()).extracting(PlanProblems.Problem::field).containsExactly("comment");
        assertThat(f.status(planId)).isEqualTo("SUBMITTED");

        plans.requestChanges(f.managerUser(), planId, f.version(planId), "Add a mentoring action, please.");
        assertThat(f.status(planId)).isEqualTo("CHANGES_REQUESTED");
        assertThat(f.notices(f.employee, "plan.changes-requested")).isEqualTo(1);
        PlanView plan = queries.plan(planId).orElseThrow();
        assertThat(plan.changeRequest()).map(PlanView.Event::comment).contains("Add a mentoring action, please.");
        assertThat(plan.changeRequest()).map(PlanView.Event::actorName).contains("Plan Manager " + f.world.tag());

        PlanOutcome added = plans.addAction(f.employeeUser(), planId, new ActionDetails(ActionKind.MENTORING,
            "Monthly mentoring with a principal", null, f.gapId(planId), TODAY.plusMonths(6)));
        assertThat(added.succeeded()).isTrue();
        plans.submit(f.employeeUser(), planId, f.version(planId));
        assertThat(f.status(planId)).isEqualTo("SUBMITTED");
        assertThat(f.notices(f.manager, "plan.submitted")).isEqualTo(2);
        assertThat(queries.plan(planId).orElseThrow().history()).extracting(PlanView.Event::kind).containsExactly(
            PlanEventKind.SUBMITTED, PlanEventKind.CHANGES_REQUESTED, PlanEventKind.SUBMITTED, PlanEventKind.CREATED);
    }

    @Test
    void approvalAgreesTheRhythmAndTellsTheEmployee() {
        long planId = f.submitted();
        PlanOutcome past = plans.approve(f.managerUser(), planId, f.version(planId), new ApproveCommand(
            CheckInFrequency.BIWEEKLY, CheckInMode.WRITTEN, TODAY.minusDays(1), ReportFrequency.QUARTERLY, null));
        assertThat(past.problems().all()).extracting(PlanProblems.Problem::key)
            .containsExactly("plan.error.first-check-in-past");
        assertThat(f.approve(f.managerUser(), planId).succeeded()).isTrue();
        Map<String, Object> row = jdbc.queryForMap("select * from development_plan where id = ?", planId);
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(row.get("rhythm_frequency")).isEqualTo("MONTHLY");
        assertThat(row.get("rhythm_mode")).isEqualTo("MEETING");
        assertThat(row.get("report_frequency")).isEqualTo("MONTHLY");
        assertThat(row.get("first_check_in_on").toString()).isEqualTo(TODAY.plusWeeks(2).toString());
        assertThat(row.get("next_check_in_on").toString()).isEqualTo(TODAY.plusWeeks(2).toString());
        assertThat(row.get("approved_by")).isEqualTo(f.manager);
        assertThat(f.notices(f.employee, "plan.approved")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select arguments::text from notification where recipient_id = ? and kind = ?",
            String.class, f.employee, "plan.approved")).contains("{\"d\": \"" + TODAY.plusWeeks(2) + "\"}");
        Map<String, Object> event = jdbc.queryForMap(
            "select * from plan_event where plan_id = ? and kind = 'APPROVED'", planId);
        assertThat(event.get("actor_id")).isEqualTo(f.manager);
        assertThat(event.get("acting_for")).isEqualTo(false);
        assertThat(event.get("comment")).isEqualTo("Looks good.");
        assertThat(audit(planId, "development_plan")).contains("development-plan.approved");
    }

    @Test
    void whenTheDirectManagerHasLeftTheirManagerApprovesForThem() {
        long planId = f.draft();
        f.leave(f.manager);
        plans.submit(f.employeeUser(), planId, f.version(planId));
        assertThat(f.notices(f.director, "plan.submitted")).isEqualTo(1);
        assertThat(f.notices(f.manager, "plan.submitted")).isZero();
        assertThatThrownBy(() -> f.approve(f.managerUser(), planId)).isInstanceOf(NotFoundException.class);
        assertThat(f.approve(f.directorUser(), planId).succeeded()).isTrue();
        Map<String, Object> event = jdbc.queryForMap(
            "select * from plan_event where plan_id = ? and kind = 'APPROVED'", planId);
        assertThat(event.get("actor_id")).isEqualTo(f.director);
        assertThat(event.get("acting_for")).isEqualTo(true);
        assertThat(queries.plan(planId).orElseThrow().history().get(0).actingFor()).isTrue();
    }

    @Test
    void withNoManagerAtAllHrApprovesAndNobodyIsNotified() {
        long planId = f.draft();
        jdbc.update("update employee set manager_id = null where id = ?", f.employee);
        int before = jdbc.queryForObject("select count(*) from notification where kind = 'plan.submitted'",
            Integer.class);
        plans.submit(f.employeeUser(), planId, f.version(planId));
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'plan.submitted'",
            Integer.class)).isEqualTo(before);
        PathwiseUser hrWithoutEmployee = Fixtures.user(null, Role.HR);
        assertThat(f.approve(hrWithoutEmployee, planId).succeeded()).isTrue();
        Map<String, Object> event = jdbc.queryForMap(
            "select * from plan_event where plan_id = ? and kind = 'APPROVED'", planId);
        assertThat(event.get("actor_id")).isNull();
        assertThat(event.get("acting_for")).isEqualTo(true);
    }

    @Test
    void hrIsRefusedWhileTheDirectManagerIsPresent() {
        long planId = f.submitted();
        assertThatThrownBy(() -> f.approve(f.hrUser(), planId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.requestChanges(f.hrUser(), planId, f.version(planId), "No"))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.approve(f.directorUser(), planId)).as("the indirect manager")
            .isInstanceOf(NotFoundException.class);
        assertThat(f.status(planId)).isEqualTo("SUBMITTED");
    }

    @Test
    void theManagerDoesNotEditTheEmployeesContent() {
        long planId = f.draft();
        assertThatThrownBy(() -> plans.addGoal(f.managerUser(), planId, new GoalDetails(GoalHorizon.LONG, null,
            "Manager's idea", null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.updateAction(f.managerUser(), planId, f.actionId(planId),
            f.actionVersion(f.actionId(planId)), new ActionDetails(ActionKind.OTHER, "x", null, null,
                TODAY.plusDays(3)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.submit(f.managerUser(), planId, f.version(planId)))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void inAnActivePlanTheEmployeeRecordsProgressAndAddsActionsButKeepsTheAgreedOnes() {
        long planId = f.active();
        long agreed = f.actionId(planId);
        assertThatThrownBy(() -> plans.updateAction(f.employeeUser(), planId, agreed, f.actionVersion(agreed),
            new ActionDetails(ActionKind.COURSE, "Rewritten", null, null, TODAY.plusDays(10))))
            .isInstanceOf(PlanRefusal.class)
            .extracting(e -> ((PlanRefusal) e).messageKey()).isEqualTo("plan.refused.action-agreed");

        PlanOutcome missingEvidence = plans.updateActionProgress(f.employeeUser(), planId, agreed,
            f.actionVersion(agreed), new ActionProgress(ActionStatus.DONE, null, null, null));
        assertThat(missingEvidence.problems().all()).extracting(PlanProblems.Problem::key)
            .containsExactly("plan.error.evidence-required");
        PlanOutcome badLink = plans.updateActionProgress(f.employeeUser(), planId, agreed, f.actionVersion(agreed),
            new ActionProgress(ActionStatus.DONE, null, "javascript:alert(1)", null));
        assertThat(badLink.problems().all()).extracting(PlanProblems.Problem::field).containsExactly("evidenceUrl");
        PlanOutcome done = plans.updateActionProgress(f.employeeUser(), planId, agreed, f.actionVersion(agreed),
            new ActionProgress(ActionStatus.DONE, "Passed the exam", "https://learn.example.com/c/1", "Use it daily"));
        assertThat(done.succeeded()).isTrue();

        PlanOutcome added = plans.addAction(f.employeeUser(), planId, new ActionDetails(ActionKind.STRETCH_ASSIGNMENT,
            "Lead the migration", null, null, TODAY.plusMonths(2)));
        assertThat(added.succeeded()).isTrue();
        assertThat(plans.updateAction(f.employeeUser(), planId, added.id(), f.actionVersion(added.id()),
            new ActionDetails(ActionKind.STRETCH_ASSIGNMENT, "Lead the database migration", null, null,
                TODAY.plusMonths(2))).succeeded()).isTrue();

        PlanView plan = queries.plan(planId).orElseThrow();
        assertThat(plan.actions()).extracting(PlanView.Action::title, PlanView.Action::status,
                PlanView.Action::addedAfterApproval)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Distributed systems course", ActionStatus.DONE, false),
                org.assertj.core.groups.Tuple.tuple("Lead the database migration", ActionStatus.PLANNED, true));
        assertThat(plan.progressPercent()).isEqualTo(50);
        assertThat(plan.actions()).filteredOn(a -> a.status() == ActionStatus.DONE).singleElement()
            .satisfies(a -> assertThat(a.completedOn()).isEqualTo(TODAY));
        assertThat(audit(agreed, "development_action")).contains("development-action.progress-recorded");
    }

    @Test
    void aGoalReachedGetsItsRetrospectiveOnlyInAnActivePlan() {
        long draft = f.draft();
        long draftGoal = f.goalId(draft);
        assertThatThrownBy(() -> plans.recordRetrospective(f.employeeUser(), draft, draftGoal,
            f.goalVersion(draftGoal), "x", "y")).isInstanceOf(PlanRefusal.class);
        plans.submit(f.employeeUser(), draft, f.version(draft));
        f.approve(f.managerUser(), draft);
        PlanOutcome missing = plans.recordRetrospective(f.employeeUser(), draft, draftGoal, f.goalVersion(draftGoal),
            "Pairing", " ");
        assertThat(missing.problems().all()).extracting(PlanProblems.Problem::field).containsExactly("whatToKeep");
        assertThat(plans.recordRetrospective(f.employeeUser(), draft, draftGoal, f.goalVersion(draftGoal),
            "Pairing with seniors", "Weekly design reviews").succeeded()).isTrue();
        PlanView.Goal goal = queries.plan(draft).orElseThrow().goals().get(0);
        assertThat(goal.status()).isEqualTo(GoalStatus.REACHED);
        assertThat(goal.reachedOn()).isEqualTo(TODAY);
        assertThat(goal.whatHelped()).isEqualTo("Pairing with seniors");
        assertThat(goal.whatToKeep()).isEqualTo("Weekly design reviews");
    }

    @Test
    void theReviewerCompletesAnActivePlanAndTheEmployeeIsTold() {
        long planId = f.active();
        plans.complete(f.managerUser(), planId, f.version(planId), "Promoted.");
        assertThat(f.status(planId)).isEqualTo("COMPLETED");
        assertThat(f.notices(f.employee, "plan.completed")).isEqualTo(1);
        assertThatThrownBy(() -> plans.close(f.employeeUser(), planId, f.version(planId), null))
            .isInstanceOf(PlanRefusal.class);
        assertThatThrownBy(() -> plans.complete(f.hrUser(), planId, f.version(planId), null))
            .isInstanceOf(NotFoundException.class);
        assertThat(audit(planId, "development_plan")).contains("development-plan.completed");
    }

    @Test
    void theEmployeeClosesTheirDraftAndTheManagerIsNotNotified() {
        long planId = f.draft();
        plans.close(f.employeeUser(), planId, f.version(planId), null);
        assertThat(f.status(planId)).isEqualTo("CLOSED");
        assertThat(f.notices(f.employee, "plan.closed")).isZero();
        assertThat(queries.openPlanOf(f.employee)).isEmpty();
    }

    @Test
    void aStaleVersionChangesNothing() {
        long planId = f.draft();
        long stale = f.version(planId);
        plans.updatePlan(f.employeeUser(), planId, stale, new PlanDetails("New title", TODAY, TODAY.plusYears(1),
            null, null), null, List.of(new GapChoice(f.world.coding(), null)));
        assertThatThrownBy(() -> plans.submit(f.employeeUser(), planId, stale))
            .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(f.status(planId)).isEqualTo("DRAFT");
        long action = f.actionId(planId);
        long actionVersion = f.actionVersion(action);
        plans.updateAction(f.employeeUser(), planId, action, actionVersion, new ActionDetails(ActionKind.COURSE,
            "Course A", null, null, TODAY.plusDays(20)));
        assertThatThrownBy(() -> plans.updateAction(f.employeeUser(), planId, action, actionVersion,
            new ActionDetails(ActionKind.COURSE, "Course B", null, null, TODAY.plusDays(20))))
            .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("select title from development_action where id = ?", String.class, action))
            .isEqualTo("Course A");
    }

    @Test
    void editingTheDetailsKeepsTickedGapsAndRemovesTheOthers() {
        long planId = f.draft();
        PlanOutcome outcome = plans.updatePlan(f.employeeUser(), planId, f.version(planId), new PlanDetails(
            "Towards Senior", TODAY, TODAY.plusMonths(18), "Clean code", null), null,
            List.of(new GapChoice(f.world.design(), "Kept note"), new GapChoice(f.world.mentoring(), null)));
        assertThat(outcome.succeeded()).isTrue();
        PlanView plan = queries.plan(planId).orElseThrow();
        assertThat(plan.title()).isEqualTo("Towards Senior");
        assertThat(plan.developmentAreas()).isNull();
        assertThat(plan.gaps()).extracting(g -> g.competencyId()).containsExactlyInAnyOrder(f.world.design(),
            f.world.mentoring());
        assertThat(plan.gaps()).filteredOn(g -> g.competencyId() == f.world.design()).singleElement()
            .extracting(PlanView.Gap::note).isEqualTo("Kept note");
    }

    @Test
    void actionsAreDueWithinThePlansPeriodAndCloseOnlyItsOwnGaps() {
        long planId = f.draft();
        PlanOutcome late = plans.addAction(f.employeeUser(), planId, new ActionDetails(ActionKind.COURSE, "Late",
            null, null, TODAY.plusYears(2)));
        assertThat(late.problems().all()).extracting(PlanProblems.Problem::key)
            .containsExactly("plan.error.due-outside-period");
        f.jdbc.update("update employee set manager_id = null where id = ?", f.otherEmployee);
        long otherPlan = f.draftOf(f.otherEmployeeUser());
        jdbc.update("insert into plan_gap (plan_id, competency_id, required_level) values (?, ?, 3)", otherPlan,
            f.world.coding());
        long foreignGap = f.gapId(otherPlan);
        assertThatThrownBy(() -> plans.addAction(f.employeeUser(), planId, new ActionDetails(ActionKind.COURSE,
            "Sneaky", null, foreignGap, TODAY.plusDays(3)))).isInstanceOf(NotFoundException.class);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private List<String> audit(long id, String type) {
        return jdbc.queryForList("select action from audit_entry where entity_type = ? and entity_id = ?",
            String.class, type, id);
    }
}
