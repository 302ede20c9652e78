package app.pathwise.plan.followup;

import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.PlanParty;
import java.time.LocalDate;

/**
 * {@code /plans/{id}/check-ins/new}: the plan, the check-in this one answers and the date the next
 * would then be due if it is held today.
 */
public record NewCheckInPage(PlanParty party, PlanFacts plan, LocalDate dueOn, LocalDate nextIfHeldToday) {

    public CheckInMode[] modes() {
        return CheckInMode.values();
    }

    /** Only the reviewer writes the manager's feedback. */
    public boolean asReviewer() {
        return party.reviewer();
    }
}
