package app.pathwise.plan.web;

import app.pathwise.plan.ActionKind;
import app.pathwise.plan.ActionStatus;
import app.pathwise.plan.LearningMode;
import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanOutcome;
import app.pathwise.plan.PlanQueries;
import app.pathwise.plan.PlanRefusal;
import app.pathwise.plan.PlanService;
import app.pathwise.plan.PlanStatus;
import app.pathwise.plan.PlanView;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's development actions, for the employee only: planning them (kind, title, gap, due date)
 * while the plan is a draft or changes were requested, adding more once it is active, and recording
 * progress with evidence and a completion note while it is active.
 */
@Controller
@RequestMapping("/plans/{planId}/actions")
class ActionController {

    static final String VIEW = "plan/action";

    private final PlanAccess access;
    private final PlanQueries queries;
    private final PlanService plans;

    ActionController(PlanAccess access, PlanQueries queries, PlanService plans) {
        this.access = access;
        this.queries = queries;
        this.plans = plans;
    }

    @GetMapping("/new")
    String showNewAction(@PathVariable long planId, @RequestParam(required = false) ActionKind kind,
                         @AuthenticationPrincipal PathwiseUser user, Model model) {
        access.checkOwner(user, planId);
        PlanView plan = open(planId);
        ActionForm form = new ActionForm();
        form.setKind(kind);
        return page(model, plan, null, form, null);
    }

    @PostMapping
    String addAction(@PathVariable long planId, @Valid @ModelAttribute("form") ActionForm form,
                     BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                     RedirectAttributes redirect) {
        access.checkOwner(user, planId);
        PlanView plan = open(planId);
        if (binding.hasErrors()) {
            Problems.reject(plans.checkAction(user, planId, form.toDetails()), binding);
        } else {
            PlanOutcome outcome = plans.addAction(user, planId, form.toDetails());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.action-added", form.getTitle());
                return "redirect:/plans/" + planId + "#actions";
            }
        }
        return page(model, plan, null, form, null);
    }

    @GetMapping("/{actionId}")
    String showAction(@PathVariable long planId, @PathVariable long actionId,
                      @AuthenticationPrincipal PathwiseUser user, Model model) {
        access.checkOwner(user, planId);
        PlanView plan = queries.plan(planId).orElseThrow(NotFoundException::new);
        PlanView.Action action = action(plan, actionId);
        requireOpen(plan);
        return page(model, plan, action, changeable(plan, action) ? ActionForm.from(action) : null,
            plan.status() == PlanStatus.ACTIVE ? ProgressForm.from(action) : null);
    }

    @PostMapping("/{actionId}")
    String updateAction(@PathVariable long planId, @PathVariable long actionId,
                        @Valid @ModelAttribute("form") ActionForm form, BindingResult binding,
                        @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        access.checkOwner(user, planId);
        PlanView plan = queries.plan(planId).orElseThrow(NotFoundException::new);
        PlanView.Action action = action(plan, actionId);
        if (binding.hasErrors()) {
            Problems.reject(plans.checkAction(user, planId, form.toDetails()), binding);
        } else {
            PlanOutcome outcome = plans.updateAction(user, planId, actionId, Problems.version(form.getVersion()),
                form.toDetails());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.action-saved", form.getTitle());
                return "redirect:/plans/" + planId + "#actions";
            }
        }
        return page(model, plan, action, form,
            plan.status() == PlanStatus.ACTIVE ? ProgressForm.from(action) : null);
    }

    @PostMapping("/{actionId}/progress")
    String recordProgress(@PathVariable long planId, @PathVariable long actionId,
                          @Valid @ModelAttribute("progress") ProgressForm form, BindingResult binding,
                          @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        access.checkOwner(user, planId);
        PlanView plan = queries.plan(planId).orElseThrow(NotFoundException::new);
        PlanView.Action action = action(plan, actionId);
        if (!binding.hasErrors()) {
            PlanOutcome outcome = plans.updateActionProgress(user, planId, actionId,
                Problems.version(form.getVersion()), form.toProgress());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.progress-saved", action.title());
                return "redirect:/plans/" + planId + "#action-" + actionId;
            }
        }
        return page(model, plan, action, changeable(plan, action) ? ActionForm.from(action) : null, form);
    }

    @PostMapping("/{actionId}/remove")
    String removeAction(@PathVariable long planId, @PathVariable long actionId,
                        @RequestParam(required = false) Long version, @AuthenticationPrincipal PathwiseUser user,
                        RedirectAttributes redirect) {
        plans.removeAction(user, planId, actionId, Problems.version(version));
        Flash.success(redirect, "plan.flash.action-removed");
        return "redirect:/plans/" + planId + "#actions";
    }

    private String page(Model model, PlanView plan, PlanView.Action action, ActionForm form, ProgressForm progress) {
        model.addAttribute("plan", plan);
        model.addAttribute("action", action);
        model.addAttribute("kinds", ActionKind.values());
        model.addAttribute("modes", LearningMode.values());
        model.addAttribute("statuses", ActionStatus.values());
        if (form != null) {
            model.addAttribute("form", form);
        }
        if (progress != null) {
            model.addAttribute("progress", progress);
        }
        return VIEW;
    }

    /** Agreed actions of an active plan keep their plan; those added after approval stay the employee's to change. */
    private static boolean changeable(PlanView plan, PlanView.Action action) {
        return plan.status().editable() || plan.status() == PlanStatus.ACTIVE && action.addedAfterApproval();
    }

    /** The plan, which must be open to new actions (draft, changes requested or active). */
    private PlanView open(long planId) {
        PlanView plan = queries.plan(planId).orElseThrow(NotFoundException::new);
        requireOpen(plan);
        return plan;
    }

    private static void requireOpen(PlanView plan) {
        if (!plan.status().editable() && plan.status() != PlanStatus.ACTIVE) {
            throw new PlanRefusal(plan.status() == PlanStatus.SUBMITTED ? "plan.refused.not-editable"
                : "plan.refused.closed", plan.id());
        }
    }

    private static PlanView.Action action(PlanView plan, long actionId) {
        return plan.actions().stream().filter(a -> a.id() == actionId).findFirst()
            .orElseThrow(NotFoundException::new);
    }
}
