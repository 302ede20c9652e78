package app.pathwise.plan.followup;

import app.pathwise.plan.PlanStatus;
import java.time.LocalDate;

/**
 * When the yearly career review can be recorded: once per plan, by the reviewer, on an active or
 * completed plan, from {@value #DAYS_BEFORE_END} days before the plan's end onwards (the review closes
 * the plan's year and the next plan starts from it; a review recorded in the first months by mistake
 * could not be taken back).
 */
final class ReviewWindow {

    static final int DAYS_BEFORE_END = 60;

    private ReviewWindow() {
    }

    static LocalDate opensOn(PlanFacts plan) {
        return plan.endsOn().minusDays(DAYS_BEFORE_END);
    }

    static boolean open(PlanFacts plan, LocalDate today) {
        return (plan.status() == PlanStatus.ACTIVE || plan.status() == PlanStatus.COMPLETED)
            && !today.isBefore(opensOn(plan));
    }
}
