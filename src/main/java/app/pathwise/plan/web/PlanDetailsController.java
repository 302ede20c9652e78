package app.pathwise.plan.web;

import app.pathwise.careerpath.ExplorerLevelRef;
import app.pathwise.careerpath.GapLevel;
import app.pathwise.careerpath.PathExplorerQueries;
import app.pathwise.plan.GapOptions;
import app.pathwise.plan.GoalHorizon;
import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanOutcome;
import app.pathwise.plan.PlanParty;
import app.pathwise.plan.PlanQueries;
import app.pathwise.plan.PlanRefusal;
import app.pathwise.plan.PlanService;
import app.pathwise.plan.PlanView;
import app.pathwise.plan.PreviousPlan;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /plans/new}: the employee starts a plan from their gap analysis (against the next level and
 * a target level they choose), and {@code /plans/{id}/edit}: they change its details and gaps while
 * it is a draft or changes were requested. Nobody else gets these pages.
 */
@Controller
class PlanDetailsController {

    private final PlanAccess access;
    private final PlanQueries queries;
    private final PlanService plans;
    private final PathExplorerQueries explorer;
    private final MessageSource messages;
    private final Clock clock;

    PlanDetailsController(PlanAccess access, PlanQueries queries, PlanService plans, PathExplorerQueries explorer,
                          MessageSource messages, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.plans = plans;
        this.explorer = explorer;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plans/new")
    String showNewPlan(@RequestParam(required = false) Long target, @RequestParam(required = false) Long from,
                       @AuthenticationPrincipal PathwiseUser user, Model model) {
        long me = self(user);
        if (queries.openPlanOf(me).isPresent()) {
            return "redirect:/plan";
        }
        PreviousPlan previous = previous(me, from);
        GapOptions options = queries.gapOptions(user, me, target);
        LocalDate today = LocalDate.now(clock);
        StartPlanForm form = new StartPlanForm();
        form.setTitle(messages.getMessage("plan.new.default-title", new Object[] {String.valueOf(today.getYear())},
            LocaleContextHolder.getLocale()));
        form.setStartsOn(today);
        form.setEndsOn(today.plusYears(1));
        form.setTarget(target);
        options.level(GapLevel.Kind.NEXT).map(ExplorerLevelRef::levelId).ifPresent(form::setShortTargetLevelId);
        form.setLongTargetLevelId(target);
        if (previous != null) {
            form.continueFrom(previous);
        }
        return newPage(model, options, form, previous);
    }

    @PostMapping("/plans")
    String startPlan(@Valid @ModelAttribute("form") StartPlanForm form, BindingResult binding,
                     @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        long me = self(user);
        if (binding.hasErrors()) {
            Problems.reject(plans.checkStart(user, form.toCommand()), binding, StartPlanForm::field);
        } else {
            PlanOutcome outcome = plans.startPlan(user, form.toCommand());
            Problems.reject(outcome.problems(), binding, StartPlanForm::field);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.started");
                return "redirect:/plans/" + outcome.id();
            }
        }
        return newPage(model, queries.gapOptions(user, me, form.getTarget()), form, previous(me, form.getFrom()));
    }

    @GetMapping("/plans/{id}/edit")
    String showEditPlan(@PathVariable long id, @RequestParam(required = false) Long target,
                        @AuthenticationPrincipal PathwiseUser user, Model model) {
        PlanParty party = access.checkOwner(user, id);
        PlanView plan = editable(id);
        List<ExplorerLevelRef> published = explorer.publishedLevels();
        Long analysed = target != null ? target : defaultTarget(plan, published);
        return editPage(model, user, party, plan, PlanDetailsForm.from(plan, analysed), published);
    }

    @PostMapping("/plans/{id}/edit")
    String updatePlan(@PathVariable long id, @Valid @ModelAttribute("form") PlanDetailsForm form,
                      BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                      RedirectAttributes redirect) {
        PlanParty party = access.checkOwner(user, id);
        PlanView plan = editable(id);
        if (binding.hasErrors()) {
            Problems.reject(plans.checkDetails(form.toDetails()), binding);
        } else {
            PlanOutcome outcome = plans.updatePlan(user, id, Problems.version(form.getVersion()), form.toDetails(),
                form.getTarget(), form.toGaps(plan));
            Problems.reject(outcome.problems(), binding, PlanDetailsForm::field);
            if (outcome.succeeded()) {
                Flash.success(redirect, "plan.flash.saved");
                return "redirect:/plans/" + id;
            }
        }
        return editPage(model, user, party, plan, form, explorer.publishedLevels());
    }

    /** The employee's ended plan a new one starts from, when asked for; any other plan is not found. */
    private PreviousPlan previous(long me, Long from) {
        return from == null ? null : queries.previousPlanOf(me, from).orElseThrow(NotFoundException::new);
    }

    private String newPage(Model model, GapOptions options, StartPlanForm form, PreviousPlan previous) {
        model.addAttribute("form", form);
        model.addAttribute("previous", previous);
        model.addAttribute("options", options);
        model.addAttribute("levels", LevelChoice.of(explorer.publishedLevels()));
        model.addAttribute("chosen", Set.copyOf(form.getGapIds().stream().filter(Objects::nonNull).toList()));
        return "plan/new";
    }

    private String editPage(Model model, PathwiseUser user, PlanParty party, PlanView plan, PlanDetailsForm form,
                            List<ExplorerLevelRef> published) {
        GapOptions options = queries.gapOptions(user, party.employeeId(), form.getTarget());
        Set<Long> offered = options.options().stream().map(o -> o.competencyId()).collect(Collectors.toSet());
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("options", options);
        model.addAttribute("kept", plan.gaps().stream().filter(g -> !offered.contains(g.competencyId())).toList());
        model.addAttribute("levels", LevelChoice.of(published));
        model.addAttribute("chosen", Set.copyOf(form.getGapIds().stream().filter(Objects::nonNull).toList()));
        return "plan/edit";
    }

    /** The plan, which must still be open to the employee's changes. */
    private PlanView editable(long id) {
        PlanView plan = queries.plan(id).orElseThrow(NotFoundException::new);
        if (!plan.status().editable()) {
            throw new PlanRefusal("plan.refused.not-editable", id);
        }
        return plan;
    }

    /** The target level of the long-term goal (else the short-term one), if it is still published. */
    private static Long defaultTarget(PlanView plan, List<ExplorerLevelRef> published) {
        Set<Long> ids = published.stream().map(ExplorerLevelRef::levelId).collect(Collectors.toSet());
        return List.of(GoalHorizon.LONG, GoalHorizon.SHORT).stream()
            .flatMap(h -> plan.goalsOf(h).stream()).map(PlanView.Goal::targetLevelId)
            .filter(id -> id != null && ids.contains(id)).findFirst().orElse(null);
    }

    private static long self(PathwiseUser user) {
        if (user.employeeId() == null) {
            throw new NotFoundException();
        }
        return user.employeeId();
    }
}
