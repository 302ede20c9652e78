package app.pathwise.plan.followup;

import app.pathwise.plan.PlanParty;
import java.time.LocalDate;

/**
 * {@code /plans/{id}/review}: the plan's career review once recorded, or whether and from when the
 * reviewer can record it, with suggested readiness values.
 *
 * @param nextPlanId the plan that starts from this one, once the employee made it
 */
public record ReviewPage(PlanParty party, PlanFacts plan, CareerReviewView review, LocalDate opensOn,
                         boolean windowOpen, Long nextPlanId, ReadinessHint hint) {

    public boolean mayRecord() {
        return review == null && windowOpen && party.reviewer();
    }

    /** The employee starts their next plan from the review, once this plan has ended. */
    public boolean mayStartNextPlan() {
        return review != null && party.owner() && nextPlanId == null && plan.ended();
    }

    /** The review is in but the plan is still open: the employee starts the next one after it ends. */
    public boolean nextPlanAfterEnd() {
        return review != null && party.owner() && nextPlanId == null && !plan.ended();
    }
}
