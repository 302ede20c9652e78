package app.pathwise.plan.web;

import app.pathwise.careerpath.PathExplorerQueries;
import app.pathwise.plan.GoalHorizon;
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
 * A plan's career goals, for the employee only: adding, changing and removing them while the plan
 * is a draft or changes were requested; once it is active, marking a goal reached with its
 * retrospective.
 */
@Controller
@RequestMapping("/plans/{planId}/goals")
class GoalController {

    static final String VIEW = "plan/goal";

    private final PlanAccess access;
    private final PlanQueries queries;
    private final PlanService plans;
    private final PathExplorerQueries explorer;

    GoalController(PlanAccess access, PlanQueries queries, PlanService plans, PathExplorerQueries explorer) {
        this.access = access;
        this.queries = queries;
        this.plans = plans;
        this.explorer = explorer;
    }

    @GetMapping("/new")
    String showNewGoal(@PathVariable long planId, @RequestParam(required = false) GoalHorizon horizon,
                       @AuthenticationPrincipal PathwiseUser user, Model model) {
        access.checkOwner(user, planId);
        PlanView plan = editable(planId);
        GoalForm form = new GoalForm();
        form.setHorizon(horizon == null ? GoalHorizon.SHORT : horizon);
        return page(model, plan, null, form, null);
    }

    @PostMapping
    String addGoal(@PathVariable long planId, @Valid @ModelAttribute("form") GoalForm form, BindingResult binding,
                   @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        access.checkOwner(user, planId);
        PlanView plan = editable(planId);
        if (!binding.hasErrors()) {
            PlanOutcome outcome = plans.addGoal(user, planId, form.toDetails());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.goal-added");
                return "redirect:/plans/" + planId + "#goals";
            }
        }
        return page(model, plan, null, form, null);
    }

    @GetMapping("/{goalId}")
    String showGoal(@PathVariable long planId, @PathVariable long goalId, @AuthenticationPrincipal PathwiseUser user,
                    Model model) {
        access.checkOwner(user, planId);
        PlanView plan = queries.plan(planId).orElseThrow(NotFoundException::new);
        PlanView.Goal goal = goal(plan, goalId);
        if (plan.status() == PlanStatus.ACTIVE) {
            return page(model, plan, goal, null, RetrospectiveForm.from(goal));
        }
        requireEditable(plan);
        return page(model, plan, goal, GoalForm.from(goal), null);
    }

    @PostMapping("/{goalId}")
    String updateGoal(@PathVariable long planId, @PathVariable long goalId,
                      @Valid @ModelAttribute("form") GoalForm form, BindingResult binding,
                      @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        access.checkOwner(user, planId);
        PlanView plan = queries.plan(planId).orElseThrow(NotFoundException::new);
        PlanView.Goal goal = goal(plan, goalId);
        requireEditable(plan);
        if (!binding.hasErrors()) {
            PlanOutcome outcome = plans.updateGoal(user, planId, goalId, Problems.version(form.getVersion()),
                form.toDetails());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.goal-saved");
                return "redirect:/plans/" + planId + "#goals";
            }
        }
        return page(model, plan, goal, form, null);
    }

    @PostMapping("/{goalId}/remove")
    String removeGoal(@PathVariable long planId, @PathVariable long goalId,
                      @RequestParam(required = false) Long version, @AuthenticationPrincipal PathwiseUser user,
                      RedirectAttributes redirect) {
        plans.removeGoal(user, planId, goalId, Problems.version(version));
        Flash.success(redirect, "plan.flash.goal-removed");
        return "redirect:/plans/" + planId + "#goals";
    }

    @PostMapping("/{goalId}/retrospective")
    String recordRetrospective(@PathVariable long planId, @PathVariable long goalId,
                               @Valid @ModelAttribute("retrospective") RetrospectiveForm form, BindingResult binding,
                               @AuthenticationPrincipal PathwiseUser user, Model model,
                               RedirectAttributes redirect) {
        access.checkOwner(user, planId);
        PlanView plan = queries.plan(planId).orElseThrow(NotFoundException::new);
        PlanView.Goal goal = goal(plan, goalId);
        if (!binding.hasErrors()) {
            PlanOutcome outcome = plans.recordRetrospective(user, planId, goalId, Problems.version(form.getVersion()),
                form.getWhatHelped(), form.getWhatToKeep());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.goal-reached");
                return "redirect:/plans/" + planId + "#goals";
            }
        }
        return page(model, plan, goal, null, form);
    }

    private String page(Model model, PlanView plan, PlanView.Goal goal, GoalForm form, RetrospectiveForm retrospective) {
        model.addAttribute("plan", plan);
        model.addAttribute("goal", goal);
        model.addAttribute("horizons", GoalHorizon.values());
        if (form != null) {
            model.addAttribute("form", form);
            model.addAttribute("levels", LevelChoice.of(explorer.publishedLevels()));
        }
        if (retrospective != null) {
            model.addAttribute("retrospective", retrospective);
        }
        return VIEW;
    }

    private PlanView editable(long planId) {
        PlanView plan = queries.plan(planId).orElseThrow(NotFoundException::new);
        requireEditable(plan);
        return plan;
    }

    private static void requireEditable(PlanView plan) {
        if (!plan.status().editable()) {
            throw new PlanRefusal("plan.refused.not-editable", plan.id());
        }
    }

    private static PlanView.Goal goal(PlanView plan, long goalId) {
        return plan.goals().stream().filter(g -> g.id() == goalId).findFirst().orElseThrow(NotFoundException::new);
    }
}
