package app.pathwise.plan;

import app.pathwise.careerpath.ExplorerLevelRef;
import app.pathwise.careerpath.PathExplorerQueries;
import app.pathwise.notification.Notice;
import app.pathwise.notification.Notifier;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with development plans. The employee starts a plan from their gap analysis, writes
 * its goals, gaps and actions, and submits it; their reviewer (the direct manager, or for a missing
 * manager the next active manager up the line or HR) asks for changes or approves it with the
 * follow-up rhythm; the active plan is followed until it is completed or closed.
 *
 * <p>Every method checks {@link PlanAccess} first (someone who may not do it gets not found), then
 * the plan's state (a wrong state is a {@link PlanRefusal}), then the expected version (a stale one
 * throws {@link ObjectOptimisticLockingFailureException}), then the input (problems come back in a
 * {@link PlanOutcome} and nothing is saved). Each method is one transaction, with its audit entry
 * and its notices.
 *
 * <p>What the employee may change, by status: in a draft and after changes were requested,
 * everything; while submitted, nothing; while active, they record progress on any action, add new
 * actions, change or remove the actions they added after approval (the agreed ones are cancelled
 * through their progress, not rewritten), and mark goals reached with a retrospective; completed and
 * closed plans are read-only.
 */
@Service
public class PlanService {

    private static final Set<PlanStatus> EDITABLE = EnumSet.of(PlanStatus.DRAFT, PlanStatus.CHANGES_REQUESTED);
    private static final Set<PlanStatus> ACTIVE = EnumSet.of(PlanStatus.ACTIVE);
    private static final Set<PlanStatus> EDITABLE_OR_ACTIVE = EnumSet.of(PlanStatus.DRAFT,
        PlanStatus.CHANGES_REQUESTED, PlanStatus.ACTIVE);

    private final DevelopmentPlans plans;
    private final CareerGoals goals;
    private final PlanGaps gaps;
    private final DevelopmentActions actions;
    private final PlanEvents events;
    private final PlanAccess access;
    private final PlanQueries queries;
    private final PathExplorerQueries explorer;
    private final Notifier notifier;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PlanService(DevelopmentPlans plans, CareerGoals goals, PlanGaps gaps, DevelopmentActions actions,
                PlanEvents events, PlanAccess access, PlanQueries queries, PathExplorerQueries explorer,
                Notifier notifier, ApplicationEventPublisher publisher, Clock clock) {
        this.plans = plans;
        this.goals = goals;
        this.gaps = gaps;
        this.actions = actions;
        this.events = events;
        this.access = access;
        this.queries = queries;
        this.explorer = explorer;
        this.notifier = notifier;
        this.publisher = publisher;
        this.clock = clock;
    }

    // --- the plan and its workflow -----------------------------------------------------------------

    /**
     * The signed-in employee starts a plan (a draft) from their gap analysis: the gaps they ticked
     * must be unmet requirements of their current, next or the given target level; goal targets must
     * be levels of published paths. Refused when they already have an open plan.
     */
    @Transactional
    public PlanOutcome startPlan(PathwiseUser user, StartPlanCommand command) {
        Long me = user.employeeId();
        if (me == null) {
            throw new NotFoundException();
        }
        if (plans.existsByEmployeeIdAndStatusIn(me, PlanStatus.OPEN)) {
            throw new PlanRefusal("plan.refused.open-plan-exists", null);
        }
        if (command.previousPlanId() != null && queries.previousPlanOf(me, command.previousPlanId()).isEmpty()) {
            throw new NotFoundException();
        }
        GapOptions options = queries.gapOptions(user, me, command.analysisTargetLevelId());
        PlanProblems problems = checkStart(command, options);
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        Instant now = clock.instant();
        DevelopmentPlan plan;
        try {
            plan = plans.save(DevelopmentPlan.start(me, command.details(), options.currentLevelId(),
                command.previousPlanId(), now));
        } catch (DataIntegrityViolationException raced) {
            throw new PlanRefusal("plan.refused.open-plan-exists", null);
        }
        long planId = plan.getId();
        for (GapChoice choice : distinct(command.gaps())) {
            GapOption option = options.find(choice.competencyId()).orElseThrow();
            gaps.save(new PlanGap(planId, option.competencyId(), option.levelId(), option.required(),
                option.current(), choice.note()));
        }
        int position = 0;
        for (GoalDetails goal : command.goals()) {
            if (!goal.blank()) {
                goals.save(new CareerGoal(planId, goal, position++));
            }
        }
        events.save(plan.created(me, now));
        audit("development-plan.created", "development_plan", planId, "employee=" + me + ", gaps=" + command.gaps().size()
            + ", goals=" + position + (command.previousPlanId() == null ? "" : ", follows=" + command.previousPlanId()));
        return PlanOutcome.saved(planId);
    }

    /**
     * What is wrong with starting this plan, without saving anything (forms use it to show every
     * problem at once). The user must be an employee.
     */
    @Transactional(readOnly = true)
    public PlanProblems checkStart(PathwiseUser user, StartPlanCommand command) {
        if (user.employeeId() == null) {
            throw new NotFoundException();
        }
        return checkStart(command, queries.gapOptions(user, user.employeeId(), command.analysisTargetLevelId()));
    }

    private PlanProblems checkStart(StartPlanCommand command, GapOptions options) {
        PlanProblems problems = new PlanProblems();
        PlanRules.checkDetails(command.details(), problems);
        for (GapChoice choice : command.gaps()) {
            if (options.find(choice.competencyId()).isEmpty()) {
                problems.add("gaps", "plan.error.gap-not-available");
            }
            checkNote(choice, problems);
        }
        Set<Long> published = publishedLevelIds();
        for (int i = 0; i < command.goals().size(); i++) {
            GoalDetails goal = command.goals().get(i);
            if (!goal.blank()) {
                PlanRules.checkGoal(goal, published, problems, "goals[" + i + "].");
            }
        }
        return problems;
    }

    /** What is wrong with a plan's details (title, period, texts), without saving anything. */
    public PlanProblems checkDetails(PlanDetails details) {
        PlanProblems problems = new PlanProblems();
        PlanRules.checkDetails(details, problems);
        return problems;
    }

    /**
     * What is wrong with an action of the employee's plan, without saving anything: its kind, title
     * and due date within the plan's period; a gap of another plan is not found.
     */
    @Transactional(readOnly = true)
    public PlanProblems checkAction(PathwiseUser user, long planId, ActionDetails details) {
        access.checkOwner(user, planId);
        DevelopmentPlan plan = plans.findById(planId).orElseThrow(NotFoundException::new);
        return checkAction(planId, plan, details);
    }

    /**
     * The employee changes the plan's details and the gaps chosen (ticked ones are kept or added,
     * unticked ones removed); while the plan is a draft or changes were requested. New gaps must come
     * from the gap analysis against the given target level.
     */
    @Transactional
    public PlanOutcome updatePlan(PathwiseUser user, long planId, long version, PlanDetails details,
                                  Long analysisTargetLevelId, List<GapChoice> chosen) {
        PlanParty party = access.checkOwner(user, planId);
        DevelopmentPlan plan = load(planId, version);
        plan.requireEditable();
        PlanProblems problems = new PlanProblems();
        PlanRules.checkDetails(details, problems);
        Map<Long, PlanGap> existing = gaps.findByPlanId(planId).stream()
            .collect(Collectors.toMap(PlanGap::getCompetencyId, g -> g));
        GapOptions options = queries.gapOptions(user, party.employeeId(), analysisTargetLevelId);
        for (GapChoice choice : chosen) {
            if (!existing.containsKey(choice.competencyId()) && options.find(choice.competencyId()).isEmpty()) {
                problems.add("gaps", "plan.error.gap-not-available");
            }
            checkNote(choice, problems);
        }
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        Instant now = clock.instant();
        plan.describe(details, now);
        Set<Long> keep = new HashSet<>();
        for (GapChoice choice : distinct(chosen)) {
            keep.add(choice.competencyId());
            PlanGap gap = existing.get(choice.competencyId());
            if (gap != null) {
                gap.annotate(choice.note());
            } else {
                GapOption option = options.find(choice.competencyId()).orElseThrow();
                gaps.save(new PlanGap(planId, option.competencyId(), option.levelId(), option.required(),
                    option.current(), choice.note()));
            }
        }
        existing.values().stream().filter(g -> !keep.contains(g.getCompetencyId())).forEach(gaps::delete);
        plans.save(plan);
        audit("development-plan.updated", "development_plan", planId, "gaps=" + keep.size());
        return PlanOutcome.saved(planId);
    }

    /**
     * The employee submits the plan to their reviewer, who is notified (nobody when no manager above
     * is active: HR finds it among submitted plans). The plan needs at least one goal and one action.
     */
    @Transactional
    public void submit(PathwiseUser user, long planId, long version) {
        PlanParty party = access.checkOwner(user, planId);
        DevelopmentPlan plan = load(planId, version);
        if (plan.getStatus().editable() && (goals.countByPlanId(planId) == 0 || actions.countByPlanId(planId) == 0)) {
            throw new PlanRefusal("plan.refused.submit-incomplete", planId);
        }
        Instant now = clock.instant();
        events.save(plan.submit(user.employeeId(), now));
        plans.save(plan);
        if (party.reviewerId() != null) {
            notifier.send(Notice.of(party.reviewerId(), "plan.submitted", link(planId), user.displayName(),
                plan.getTitle()));
        }
        audit("development-plan.submitted", "development_plan", planId, "reviewer=" + party.reviewerId());
    }

    /** The reviewer sends the submitted plan back with a comment; the employee is notified. */
    @Transactional
    public PlanOutcome requestChanges(PathwiseUser user, long planId, long version, String comment) {
        PlanParty party = access.checkReviewer(user, planId);
        DevelopmentPlan plan = load(planId, version);
        requireSubmitted(plan);
        PlanProblems problems = new PlanProblems();
        PlanRules.checkComment(comment, true, problems);
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        Instant now = clock.instant();
        events.save(plan.requestChanges(user.employeeId(), party.actingFor(), comment, now));
        plans.save(plan);
        notifier.send(Notice.of(plan.getEmployeeId(), "plan.changes-requested", link(planId), user.displayName(),
            plan.getTitle(), comment.strip()));
        audit("development-plan.changes-requested", "development_plan", planId, "acting-for=" + party.actingFor());
        return PlanOutcome.saved(planId);
    }

    /**
     * The reviewer approves the submitted plan with the follow-up rhythm: it becomes active, the first
     * check-in is due on the agreed date (not in the past, not after the plan ends) and the employee
     * is notified. Team views may call this for several plans, one call (and transaction) per plan.
     */
    @Transactional
    public PlanOutcome approve(PathwiseUser user, long planId, long version, ApproveCommand command) {
        PlanParty party = access.checkReviewer(user, planId);
        DevelopmentPlan plan = load(planId, version);
        requireSubmitted(plan);
        PlanProblems problems = new PlanProblems();
        PlanRules.checkApproval(command, LocalDate.now(clock), plan.getEndsOn(), problems);
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        Instant now = clock.instant();
        events.save(plan.approve(command, user.employeeId(), party.actingFor(), now));
        plans.save(plan);
        notifier.send(Notice.of(plan.getEmployeeId(), "plan.approved", link(planId), user.displayName(),
            plan.getTitle(), command.firstCheckInOn()));
        audit("development-plan.approved", "development_plan", planId, "frequency=" + command.frequency() + ", mode="
            + command.mode() + ", first=" + command.firstCheckInOn() + ", reports=" + command.reportFrequency()
            + ", acting-for=" + party.actingFor());
        return PlanOutcome.saved(planId);
    }

    /** The employee or their reviewer marks the active plan completed; the employee is told when it was not them. */
    @Transactional
    public void complete(PathwiseUser user, long planId, long version, String comment) {
        PlanParty party = decider(user, planId);
        DevelopmentPlan plan = load(planId, version);
        Instant now = clock.instant();
        events.save(plan.complete(user.employeeId(), party.actingFor() && !party.owner(), limited(comment), now));
        plans.save(plan);
        if (!party.owner()) {
            notifier.send(Notice.of(plan.getEmployeeId(), "plan.completed", link(planId), user.displayName(),
                plan.getTitle()));
        }
        audit("development-plan.completed", "development_plan", planId, "by-owner=" + party.owner());
    }

    /**
     * The employee or their reviewer closes an open plan (a draft given up, an active plan stopped);
     * it is kept and readable, and the employee may start a new one.
     */
    @Transactional
    public void close(PathwiseUser user, long planId, long version, String comment) {
        PlanParty party = decider(user, planId);
        DevelopmentPlan plan = load(planId, version);
        Instant now = clock.instant();
        events.save(plan.close(user.employeeId(), party.actingFor() && !party.owner(), limited(comment), now));
        plans.save(plan);
        if (!party.owner()) {
            notifier.send(Notice.of(plan.getEmployeeId(), "plan.closed", link(planId), user.displayName(),
                plan.getTitle()));
        }
        audit("development-plan.closed", "development_plan", planId, "by-owner=" + party.owner());
    }

    // --- goals ---------------------------------------------------------------------------------------

    /** The employee adds a career goal, while the plan is a draft or changes were requested. */
    @Transactional
    public PlanOutcome addGoal(PathwiseUser user, long planId, GoalDetails details) {
        PlanParty party = access.checkOwner(user, planId);
        requireStatus(party, EDITABLE, "plan.refused.not-editable");
        PlanProblems problems = new PlanProblems();
        PlanRules.checkGoal(details, publishedLevelIds(), problems, "");
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        touch(planId, EDITABLE, "plan.refused.not-editable");
        CareerGoal goal = goals.save(new CareerGoal(planId, details, (int) goals.countByPlanId(planId)));
        audit("career-goal.added", "career_goal", goal.getId(), "plan=" + planId + ", horizon=" + details.horizon());
        return PlanOutcome.saved(goal.getId());
    }

    /** The employee changes a career goal, while the plan is a draft or changes were requested. */
    @Transactional
    public PlanOutcome updateGoal(PathwiseUser user, long planId, long goalId, long version, GoalDetails details) {
        PlanParty party = access.checkOwner(user, planId);
        CareerGoal goal = loadGoal(planId, goalId, version);
        requireStatus(party, EDITABLE, "plan.refused.not-editable");
        PlanProblems problems = new PlanProblems();
        PlanRules.checkGoal(details, publishedLevelIds(), problems, "");
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        touch(planId, EDITABLE, "plan.refused.not-editable");
        goal.describe(details);
        goals.save(goal);
        audit("career-goal.updated", "career_goal", goalId, "plan=" + planId + ", horizon=" + details.horizon());
        return PlanOutcome.saved(goalId);
    }

    /** The employee removes a career goal, while the plan is a draft or changes were requested. */
    @Transactional
    public void removeGoal(PathwiseUser user, long planId, long goalId, long version) {
        PlanParty party = access.checkOwner(user, planId);
        CareerGoal goal = loadGoal(planId, goalId, version);
        requireStatus(party, EDITABLE, "plan.refused.not-editable");
        touch(planId, EDITABLE, "plan.refused.not-editable");
        goals.delete(goal);
        audit("career-goal.removed", "career_goal", goalId, "plan=" + planId);
    }

    /**
     * The employee marks a goal of the active plan reached (today, the first time) with its short
     * retrospective: what helped and what to keep. Calling it again corrects the retrospective.
     */
    @Transactional
    public PlanOutcome recordRetrospective(PathwiseUser user, long planId, long goalId, long version, String helped,
                                           String keep) {
        PlanParty party = access.checkOwner(user, planId);
        CareerGoal goal = loadGoal(planId, goalId, version);
        requireStatus(party, ACTIVE, "plan.refused.not-active");
        PlanProblems problems = new PlanProblems();
        PlanRules.checkRetrospective(helped, keep, problems);
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        touch(planId, ACTIVE, "plan.refused.not-active");
        goal.reach(LocalDate.now(clock), Texts.clean(helped), Texts.clean(keep));
        goals.save(goal);
        audit("career-goal.reached", "career_goal", goalId, "plan=" + planId + ", reached=" + goal.getReachedOn());
        return PlanOutcome.saved(goalId);
    }

    // --- actions -------------------------------------------------------------------------------------

    /**
     * The employee adds a development action: while the plan is a draft or changes were requested,
     * and also while it is active (the manager sees it marked as added after approval).
     */
    @Transactional
    public PlanOutcome addAction(PathwiseUser user, long planId, ActionDetails details) {
        PlanParty party = access.checkOwner(user, planId);
        requireStatus(party, EDITABLE_OR_ACTIVE, "plan.refused.closed");
        DevelopmentPlan plan = plans.findById(planId).orElseThrow(NotFoundException::new);
        PlanProblems problems = checkAction(planId, plan, details);
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        Instant now = clock.instant();
        touch(planId, EDITABLE_OR_ACTIVE, "plan.refused.closed");
        DevelopmentAction action = actions.save(new DevelopmentAction(planId, details, now));
        audit("development-action.added", "development_action", action.getId(), "plan=" + planId + ", kind="
            + details.kind() + ", due=" + details.dueOn());
        return PlanOutcome.saved(action.getId());
    }

    /**
     * The employee changes an action's plan (kind, title, gap, due date): any action while the plan
     * is a draft or changes were requested; in an active plan only the actions added after approval.
     */
    @Transactional
    public PlanOutcome updateAction(PathwiseUser user, long planId, long actionId, long version,
                                    ActionDetails details) {
        access.checkOwner(user, planId);
        DevelopmentAction action = loadAction(planId, actionId, version);
        DevelopmentPlan plan = plans.findById(planId).orElseThrow(NotFoundException::new);
        requireChangeable(plan, action);
        PlanProblems problems = checkAction(planId, plan, details);
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        Instant now = clock.instant();
        touch(planId, EnumSet.of(plan.getStatus()), "plan.refused.not-editable");
        action.describe(details, now);
        actions.save(action);
        audit("development-action.updated", "development_action", actionId, "plan=" + planId + ", kind="
            + details.kind() + ", due=" + details.dueOn());
        return PlanOutcome.saved(actionId);
    }

    /** The employee removes an action, under the same rule as changing it. */
    @Transactional
    public void removeAction(PathwiseUser user, long planId, long actionId, long version) {
        access.checkOwner(user, planId);
        DevelopmentAction action = loadAction(planId, actionId, version);
        DevelopmentPlan plan = plans.findById(planId).orElseThrow(NotFoundException::new);
        requireChangeable(plan, action);
        touch(planId, EnumSet.of(plan.getStatus()), "plan.refused.not-editable");
        actions.delete(action);
        audit("development-action.removed", "development_action", actionId, "plan=" + planId);
    }

    /**
     * While the plan is active, the employee records how an action goes: its status, evidence (text or
     * an http(s) link; some evidence is needed to mark it done) and a completion note.
     */
    @Transactional
    public PlanOutcome updateActionProgress(PathwiseUser user, long planId, long actionId, long version,
                                            ActionProgress progress) {
        PlanParty party = access.checkOwner(user, planId);
        DevelopmentAction action = loadAction(planId, actionId, version);
        requireStatus(party, ACTIVE, "plan.refused.not-active");
        PlanProblems problems = new PlanProblems();
        PlanRules.checkProgress(progress, problems);
        if (!problems.isEmpty()) {
            return PlanOutcome.refused(problems);
        }
        Instant now = clock.instant();
        touch(planId, ACTIVE, "plan.refused.not-active");
        ActionStatus before = action.getStatus();
        action.recordProgress(progress, LocalDate.now(clock), now);
        actions.save(action);
        audit("development-action.progress-recorded", "development_action", actionId, "plan=" + planId + ", status=" + before
            + " -> " + progress.status());
        return PlanOutcome.saved(actionId);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private PlanProblems checkAction(long planId, DevelopmentPlan plan, ActionDetails details) {
        if (details.gapId() != null) {
            gaps.findById(details.gapId()).filter(g -> g.getPlanId() == planId).orElseThrow(NotFoundException::new);
        }
        PlanProblems problems = new PlanProblems();
        PlanRules.checkAction(details, plan.getStartsOn(), plan.getEndsOn(), problems);
        return problems;
    }

    private static void requireChangeable(DevelopmentPlan plan, DevelopmentAction action) {
        if (plan.getStatus().editable()) {
            return;
        }
        if (plan.getStatus() == PlanStatus.ACTIVE) {
            if (plan.approvedBefore(action.getCreatedAt())) {
                return;
            }
            throw new PlanRefusal("plan.refused.action-agreed", plan.getId());
        }
        throw new PlanRefusal("plan.refused.not-editable", plan.getId());
    }

    /** The owner or the reviewer: they complete and close plans. */
    private PlanParty decider(PathwiseUser user, long planId) {
        PlanParty party = access.check(user, planId);
        if (!party.owner() && !party.reviewer()) {
            throw new NotFoundException();
        }
        return party;
    }

    private DevelopmentPlan load(long planId, long version) {
        DevelopmentPlan plan = plans.findById(planId).orElseThrow(NotFoundException::new);
        if (plan.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DevelopmentPlan.class, planId);
        }
        return plan;
    }

    private CareerGoal loadGoal(long planId, long goalId, long version) {
        CareerGoal goal = goals.findById(goalId).filter(g -> g.getPlanId() == planId)
            .orElseThrow(NotFoundException::new);
        if (goal.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(CareerGoal.class, goalId);
        }
        return goal;
    }

    private DevelopmentAction loadAction(long planId, long actionId, long version) {
        DevelopmentAction action = actions.findById(actionId).filter(a -> a.getPlanId() == planId)
            .orElseThrow(NotFoundException::new);
        if (action.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DevelopmentAction.class, actionId);
        }
        return action;
    }

    private static void requireSubmitted(DevelopmentPlan plan) {
        if (plan.getStatus() != PlanStatus.SUBMITTED) {
            throw new PlanRefusal("plan.refused.decide", plan.getId());
        }
    }

    private static void requireStatus(PlanParty party, Set<PlanStatus> allowed, String refusal) {
        if (!allowed.contains(PlanStatus.valueOf(party.status()))) {
            throw new PlanRefusal(refusal, party.planId());
        }
    }

    /**
     * Records activity on the plan, and makes sure, in the same statement, that it is still in one of
     * the statuses (a submit in another tab wins over an edit that started before it).
     */
    private void touch(long planId, Set<PlanStatus> allowed, String refusal) {
        if (plans.touch(planId, allowed, clock.instant()) == 0) {
            throw new PlanRefusal(refusal, planId);
        }
    }

    private Set<Long> publishedLevelIds() {
        return explorer.publishedLevels().stream().map(ExplorerLevelRef::levelId).collect(Collectors.toSet());
    }

    private static void checkNote(GapChoice choice, PlanProblems problems) {
        if (choice.note() != null && choice.note().length() > 1000) {
            problems.add("gaps", "plan.error.too-long", 1000);
        }
    }

    private static List<GapChoice> distinct(List<GapChoice> choices) {
        Map<Long, GapChoice> byCompetency = new HashMap<>();
        choices.forEach(c -> byCompetency.putIfAbsent(c.competencyId(), c));
        return choices.stream().filter(c -> byCompetency.get(c.competencyId()) == c).toList();
    }

    private static String limited(String comment) {
        String clean = Texts.clean(comment);
        return clean == null || clean.length() <= 4000 ? clean : clean.substring(0, 4000);
    }

    private static String link(long planId) {
        return "/plans/" + planId;
    }

    private void audit(String action, String type, Long id, String summary) {
        publisher.publishEvent(new AuditedChange(action, type, id, summary));
    }
}
