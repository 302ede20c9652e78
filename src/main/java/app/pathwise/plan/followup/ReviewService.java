package app.pathwise.plan.followup;

import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
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

/** The yearly career review of a plan, recorded once by the reviewer. */
@Service
public class ReviewService {

    private final PlanAccess access;
    private final PlanFactsReader plans;
    private final PlanRows planRows;
    private final CareerReviews reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(PlanAccess access, PlanFactsReader plans, PlanRows planRows, CareerReviews reviews,
                  ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.planRows = planRows;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The reviewer records the review while {@link ReviewWindow} is open. A review recorded by someone
     * else in the meantime is a conflict (nothing saved); anyone but the reviewer gets not found.
     */
    @Transactional
    public FollowUpOutcome record(PathwiseUser user, long planId, ReviewDraft draft) {
        PlanParty party = access.check(user, planId);
        if (!party.reviewer() || user.employeeId() == null) {
            throw new NotFoundException();
        }
        PlanFacts plan = plans.lock(planId);
        LocalDate today = LocalDate.now(clock);
        FollowUpOutcome.Problems problems = new FollowUpOutcome.Problems();
        if (!ReviewWindow.open(plan, today)) {
            return problems.add(null, "plan.followup.review.not-open", ReviewWindow.opensOn(plan)).refused();
        }
        if (reviews.existsByPlanId(planId)) {
            throw new ObjectOptimisticLockingFailureException(CareerReview.class, planId);
        }
        CheckInService.checkHeldOn(draft.heldOn(), plan, today, problems);
        if (!problems.isEmpty()) {
            return problems.refused();
        }
        Instant now = clock.instant();
        CareerReview review = reviews.save(new CareerReview(planId, draft, user.employeeId(), now));
        planRows.touched(planId, now);
        events.publishEvent(new AuditedChange("plan.review-recorded", "development_plan", planId,
            "review " + review.getId() + ": " + draft.outcome() + ", readiness " + draft.readinessBefore() + " -> "
                + draft.readinessAfter()));
        return FollowUpOutcome.stored(review.getId());
    }
}
