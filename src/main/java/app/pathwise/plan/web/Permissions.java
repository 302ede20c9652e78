package app.pathwise.plan.web;

import app.pathwise.plan.PlanParty;
import app.pathwise.plan.PlanStatus;

/**
 * What the viewer may do on a plan page, from their part in the plan and its status: the page shows
 * only these buttons (the service checks the same again).
 *
 * @param viewer {@code owner}, {@code reviewer} or {@code reader}: which banner they see
 */
record Permissions(String viewer, boolean edit, boolean submit, boolean decide, boolean complete, boolean close,
                   boolean addAction, boolean recordProgress, boolean reachGoals, boolean actingFor) {

    static Permissions of(PlanParty party, PlanStatus status) {
        boolean owner = party.owner();
        boolean decider = owner || party.reviewer();
        return new Permissions(owner ? "owner" : party.reviewer() ? "reviewer" : "reader",
            owner && status.editable(), owner && status.editable(), party.reviewer() && status == PlanStatus.SUBMITTED,
            decider && status == PlanStatus.ACTIVE, decider && PlanStatus.OPEN.contains(status),
            owner && (status.editable() || status == PlanStatus.ACTIVE), owner && status == PlanStatus.ACTIVE,
            owner && status == PlanStatus.ACTIVE, party.reviewer() && party.actingFor());
    }

    /** Whether any workflow button shows. */
    public boolean anyStep() {
        return submit || decide || complete || close;
    }
}
