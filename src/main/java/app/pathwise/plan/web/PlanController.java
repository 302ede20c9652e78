package app.pathwise.plan.web;

import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanOutcome;
import app.pathwise.plan.PlanParty;
import app.pathwise.plan.PlanService;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /plans/{id}}: the plan page for the employee, their manager line and HR, and the workflow
 * steps: submit (employee), request changes or approve (reviewer), complete and close (either).
 * A step with problems shows the page again with them next to the fields.
 */
@Controller
class PlanController {

    private final PlanAccess access;
    private final PlanService plans;
    private final PlanPage page;

    PlanController(PlanAccess access, PlanService plans, PlanPage page) {
        this.access = access;
        this.plans = plans;
        this.page = page;
    }

    @GetMapping("/plans/{id}")
    String showPlan(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        return page.show(model, access.checkPage(user, id));
    }

    @PostMapping("/plans/{id}/submit")
    String submitPlan(@PathVariable long id, @ModelAttribute("submitForm") CommentForm form,
                      @AuthenticationPrincipal PathwiseUser user, RedirectAttributes redirect) {
        plans.submit(user, id, Problems.version(form.getVersion()));
        Flash.success(redirect, "plan.flash.submitted");
        return redirect(id);
    }

    @PostMapping("/plans/{id}/request-changes")
    String requestChanges(@PathVariable long id, @Valid @ModelAttribute("changesForm") CommentForm form,
                          BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                          RedirectAttributes redirect) {
        PlanParty party = access.checkReviewer(user, id);
        if (!binding.hasErrors()) {
            PlanOutcome outcome = plans.requestChanges(user, id, Problems.version(form.getVersion()),
                form.getComment());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.changes-requested");
                return redirect(id);
            }
        }
        return page.show(model, party);
    }

    @PostMapping("/plans/{id}/approve")
    String approvePlan(@PathVariable long id, @Valid @ModelAttribute("approveForm") ApproveForm form,
                       BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                       RedirectAttributes redirect) {
        PlanParty party = access.checkReviewer(user, id);
        if (!binding.hasErrors()) {
            PlanOutcome outcome = plans.approve(user, id, Problems.version(form.getVersion()), form.toCommand());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.approved");
                return redirect(id);
            }
        }
        return page.show(model, party);
    }

    @PostMapping("/plans/{id}/complete")
    String completePlan(@PathVariable long id, @Valid @ModelAttribute("completeForm") CommentForm form,
                        BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                        RedirectAttributes redirect) {
        PlanParty party = decider(user, id);
        if (binding.hasErrors()) {
            return page.show(model, party);
        }
        plans.complete(user, id, Problems.version(form.getVersion()), form.getComment());
        Flash.success(redirect, "plan.flash.completed");
        return redirect(id);
    }

    @PostMapping("/plans/{id}/close")
    String closePlan(@PathVariable long id, @Valid @ModelAttribute("closeForm") CommentForm form,
                     BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                     RedirectAttributes redirect) {
        PlanParty party = decider(user, id);
        if (binding.hasErrors()) {
            return page.show(model, party);
        }
        plans.close(user, id, Problems.version(form.getVersion()), form.getComment());
        Flash.success(redirect, "plan.flash.closed");
        return redirect(id);
    }

    /** The owner or the reviewer, who complete and close plans; anyone else gets not found. */
    private PlanParty decider(PathwiseUser user, long id) {
        PlanParty party = access.check(user, id);
        if (!party.owner() && !party.reviewer()) {
            throw new NotFoundException();
        }
        return party;
    }

    private static String redirect(long id) {
        return "redirect:/plans/" + id;
    }
}
