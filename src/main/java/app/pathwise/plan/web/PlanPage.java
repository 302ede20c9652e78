package app.pathwise.plan.web;

import app.pathwise.plan.ActionKind;
import app.pathwise.plan.ActionStatus;
import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.GoalHorizon;
import app.pathwise.plan.LearningMode;
import app.pathwise.plan.PlanParty;
import app.pathwise.plan.PlanQueries;
import app.pathwise.plan.PlanView;
import app.pathwise.plan.ReportFrequency;
import app.pathwise.plan.followup.FollowUpQueries;
import app.pathwise.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The plan page's model, for whoever reads it: the plan, what this viewer may do, and the forms of
 * the workflow steps (kept as typed when one comes back with problems).
 */
@Component
class PlanPage {

    static final String VIEW = "plan/plan";

    private final PlanQueries queries;
    private final FollowUpQueries followUps;
    private final Clock clock;

    PlanPage(PlanQueries queries, FollowUpQueries followUps, Clock clock) {
        this.queries = queries;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** Fills the model for the plan page; forms already in the model (with their errors) are kept. */
    String show(Model model, PlanParty party) {
        PlanView plan = queries.plan(party.planId()).orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("plan", plan);
        model.addAttribute("party", party);
        model.addAttribute("followUp", followUps.summary(party));
        model.addAttribute("can", Permissions.of(party, plan.status()));
        model.addAttribute("mix", plan.mix());
        model.addAttribute("modes", LearningMode.values());
        model.addAttribute("horizons", GoalHorizon.values());
        model.addAttribute("today", today);
        model.addAttribute("frequencies", CheckInFrequency.values());
        model.addAttribute("checkInModes", CheckInMode.values());
        model.addAttribute("reportFrequencies", ReportFrequency.values());
        model.addAttribute("kinds", ActionKind.values());
        model.addAttribute("statuses", ActionStatus.values());
        if (!model.containsAttribute("approveForm")) {
            model.addAttribute("approveForm", ApproveForm.suggested(plan.version(), today));
        }
        for (String form : new String[] {"changesForm", "completeForm", "closeForm"}) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, CommentForm.of(plan.version()));
            }
        }
        return VIEW;
    }
}
