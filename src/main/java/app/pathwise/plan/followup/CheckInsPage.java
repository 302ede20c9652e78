package app.pathwise.plan.followup;

import app.pathwise.plan.PlanParty;
import app.pathwise.shared.PageView;
import java.time.LocalDate;

/** {@code /plans/{id}/check-ins}: the plan, one page of its check-ins (newest first) and what the reader may do. */
public record CheckInsPage(PlanParty party, PlanFacts plan, PageView<CheckInView> checkIns, LocalDate today) {

    public boolean mayRecord() {
        return plan.active() && (party.owner() || party.reviewer());
    }

    public boolean mayGiveFeedback() {
        return party.reviewer() && CheckInService.feedbackOpen(party);
    }

    public boolean missed() {
        return plan.active() && plan.dueCheckIn() != null && plan.dueCheckIn().isBefore(today);
    }
}
