package app.pathwise.plan.followup;

import app.pathwise.objective.KeyResultView;
import app.pathwise.objective.ObjectiveQueries;
import app.pathwise.objective.ObjectiveService;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.plan.PlanStatus;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final ObjectiveQueries objectiveQueries;
    private final ObjectiveService objectives;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckInService(PlanAccess access, PlanFactsReader plans, PlanRows planRows, CheckIns checkIns,
                   ObjectiveQueries objectiveQueries, ObjectiveService objectives, ApplicationEventPublisher events,
                   Clock clock) {
        this.access = access;
        this.plans = plans;
        this.planRows = planRows;
        this.checkIns = checkIns;
        this.objectiveQueries = objectiveQueries;
        this.objectives = objectives;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The employee or their reviewer records a check-in on an active plan. It answers the check-in
     * that is due (its due date is kept) and moves the plan's next check-in on by the rhythm, counted
     * from that due date. Only the reviewer's feedback is kept. Anyone else gets not found.
     * <p>
     * Key-result values given in the check-in are recorded on the employee's personal objectives, with
     * the check-in and who recorded it, when they change the value or carry a note. A key result that is
     * not on a personal objective of the plan's employee for today is not found; one of an objective
     * closed meanwhile, or a value that does not suit it, is a problem next to its row. All or nothing:
     * with any problem, neither the check-in nor any value is stored.
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
        List<CheckInDraft.KeyResultValue> changes = keyResultChanges(plan.employeeId(), draft, today, problems);
        if (!problems.isEmpty()) {
            return problems.refused();
        }
        LocalDate due = plan.dueCheckIn();
        LocalDate next = CheckInSchedule.next(plan.rhythm(), due, draft.heldOn());
        Instant now = clock.instant();
        CheckIn checkIn = checkIns.save(new CheckIn(planId, due, draft,
            party.reviewer() ? draft.managerFeedback() : null, user.employeeId(), now));
        planRows.checkedIn(planId, next, now);
        for (CheckInDraft.KeyResultValue change : changes) {
            objectives.recordKeyResultUpdate(change.keyResultId(), plan.employeeId(), change.value(), change.note(),
                user.employeeId(), checkIn.getId());
        }
        events.publishEvent(new AuditedChange("plan.check-in-recorded", "development_plan", planId,
            "check-in " + checkIn.getId() + " held " + draft.heldOn() + " (due " + due + "), next due " + next
                + (changes.isEmpty() ? "" : ", key results updated: " + changes.size())));
        return FollowUpOutcome.stored(checkIn.getId());
    }

    /**
     * The key-result values of the draft that change something (a new value, or a note), after checking
     * each row against the employee's personal objectives of today; problems are added per row.
     */
    private List<CheckInDraft.KeyResultValue> keyResultChanges(long employeeId, CheckInDraft draft, LocalDate today,
                                                              FollowUpOutcome.Problems problems) {
        if (draft.keyResults().isEmpty()) {
            return List.of();
        }
        Map<Long, KeyResultView> keyResults = new HashMap<>();
        Map<Long, Boolean> open = new HashMap<>();
        for (ObjectiveView objective : objectiveQueries.forEmployee(employeeId, today)) {
            for (KeyResultView keyResult : objective.keyResults()) {
                keyResults.put(keyResult.id(), keyResult);
                open.put(keyResult.id(), objective.active());
            }
        }
        List<CheckInDraft.KeyResultValue> changes = new ArrayList<>();
        for (int row = 0; row < draft.keyResults().size(); row++) {
            CheckInDraft.KeyResultValue given = draft.keyResults().get(row);
            KeyResultView keyResult = keyResults.get(given.keyResultId());
            if (keyResult == null) {
                throw new NotFoundException();
            }
            String field = "keyResults[" + row + "].value";
            if (given.value() == null) {
                if (given.note() != null) {
                    problems.add(field, "plan.followup.check-in.key-result-value-missing");
                }
                continue;
            }
            String problem = Boolean.TRUE.equals(open.get(keyResult.id()))
                ? keyResult.problemWith(given.value()) : "objective.update.closed";
            if (problem != null) {
                problems.add(field, problem);
            }
            else if (given.value().compareTo(keyResult.currentValue()) != 0 || given.note() != null) {
                changes.add(given);
            }
        }
        return changes;
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
