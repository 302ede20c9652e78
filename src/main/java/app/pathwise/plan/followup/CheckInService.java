package app.pathwise.plan.followup;

import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.plan.PlanStatus;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records check-ins on an active plan and the manager's feedback on them. */
@Service
public class CheckInService {

    private final PlanAccess access;
    private final PlanFactsReader plans;
    private final PlanRows planRows;
    private final CheckIns checkIns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckInService(PlanAccess access, PlanFactsReader plans, PlanRows planRows, CheckIns checkIns,
                   ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.planRows = planRows;
        this.checkIns = checkIns;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The employee or their reviewer records a check-in on an active plan. It answers the check-in
     * that is due (its due date is kept) and moves the plan's next check-in on by the rhythm, counted
     * from that due date. Only the reviewer's feedback is kept. Anyone else gets not found.
     */
    @Transactional
    public FollowUpOutcome record(PathwiseUser user, long planId, CheckInDraft draft) {
        PlanParty party = mayRecord(user, access.check(user, planId));
        PlanFacts plan = plans.lock(planId);
        LocalDate today = LocalDate.now(clock);
        FollowUpOutcome.Problems problems = new FollowUpOutcome.Problems();
        if (!plan.active()) {
            return problems.add(null, "plan.followup.check-in.not-active").refused();
        }
        checkHeldOn(draft.heldOn(), plan, today, problems);
        if (!problems.isEmpty()) {
            return problems.refused();
        }
        LocalDate due = plan.dueCheckIn();
        LocalDate next = CheckInSchedule.next(plan.rhythm(), due, draft.heldOn());
        Instant now = clock.instant();
        CheckIn checkIn = checkIns.save(new CheckIn(planId, due, draft,
            party.reviewer() ? draft.managerFeedback() : null, user.employeeId(), now));
        planRows.checkedIn(planId, next, now);
        events.publishEvent(new AuditedChange("plan.check-in-recorded", "development_plan", planId,
            "check-in " + checkIn.getId() + " held " + draft.heldOn() + " (due " + due + "), next due " + next));
        return FollowUpOutcome.stored(checkIn.getId());
    }

    /**
     * The reviewer gives or changes the feedback on a check-in of the plan, from a form that showed
     * {@code version}; when someone changed the check-in since, nothing is saved (conflict).
     */
    @Transactional
    public void giveFeedback(PathwiseUser user, long planId, long checkInId, long version, String feedback) {
        PlanParty party = access.check(user, planId);
        if (!party.reviewer()) {
            throw new NotFoundException();
        }
        CheckIn checkIn = checkIns.findByIdAndPlanId(checkInId, planId).orElseThrow(NotFoundException::new);
        if (!feedbackOpen(party)) {
            throw new NotFoundException();
        }
        if (checkIn.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(CheckIn.class, checkInId);
        }
        checkIn.giveFeedback(feedback, clock.instant());
        checkIns.saveAndFlush(checkIn);
        events.publishEvent(new AuditedChange("plan.feedback-given", "development_plan", planId,
            "feedback on check-in " + checkInId));
    }

    /** Feedback can be given while the plan is active or once it is completed. */
    static boolean feedbackOpen(PlanParty party) {
        return PlanStatus.ACTIVE.name().equals(party.status()) || PlanStatus.COMPLETED.name().equals(party.status());
    }

    /** Owner or reviewer, with an employee record to sign the check-in with. */
    static PlanParty mayRecord(PathwiseUser user, PlanParty party) {
        if (!party.owner() && !party.reviewer() || user.employeeId() == null) {
            throw new NotFoundException();
        }
        return party;
    }

    static void checkHeldOn(LocalDate heldOn, PlanFacts plan, LocalDate today, FollowUpOutcome.Problems problems) {
        if (heldOn == null) {
            return;
        }
        if (heldOn.isAfter(today)) {
            problems.add("heldOn", "plan.followup.held-on.future");
        }
        else if (heldOn.isBefore(plan.startsOn())) {
            problems.add("heldOn", "plan.followup.held-on.before-start", plan.startsOn());
        }
    }
}
