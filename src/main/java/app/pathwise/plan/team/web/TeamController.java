package app.pathwise.plan.team.web;

import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.ReportFrequency;
import app.pathwise.plan.PlanProblems;
import app.pathwise.plan.PlanRefusal;
import app.pathwise.plan.team.PlanChoice;
import app.pathwise.plan.team.PlanState;
import app.pathwise.plan.team.TeamApprovals;
import app.pathwise.plan.team.TeamFilter;
import app.pathwise.plan.team.TeamQueries;
import app.pathwise.plan.team.TeamScope;
import app.pathwise.plan.team.TeamSort;
import app.pathwise.plan.team.TeamStamp;
import app.pathwise.plan.team.TeamView;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.Flash;
import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PageShells;
import app.pathwise.shared.web.PartCache;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /team}: a manager's people and their development plans (direct reports, or the whole line),
 * or for HR the people whose direct manager is missing; filtered, sorted and paged, with the plans
 * awaiting the reader's decision ready to be approved together.
 *
 * <p>The page's content is kept rendered until the scope's plans or people change (ADR 0016): under the
 * scope's {@link TeamStamp}, read first, the filter and page, the reader, the day and the language.
 * htmx updates of the results, and the page shown again with an approval's problems, are rendered for
 * their request only.
 */
@Controller
class TeamController {

    static final String CONTENT = "plan/team/team-content";
    static final long BUDGET = 4_000_000;

    private final TeamQueries queries;
    private final TeamApprovals approvals;
    private final Clock clock;
    private final FragmentRenderer renderer;
    private final PartCache<Key, EncodedPart> kept = new PartCache<>(BUDGET);

    TeamController(TeamQueries queries, TeamApprovals approvals, Clock clock, FragmentRenderer renderer) {
        this.queries = queries;
        this.approvals = approvals;
        this.clock = clock;
        this.renderer = renderer;
    }

    /**
     * Everything the team view's content depends on: the scope's stamp, the filter and page asked for,
     * the reader (whose decisions are awaited: HR's too), the day (what is overdue) and the language.
     */
    private record Key(TeamStamp stamp, TeamFilter filter, int page, Long reader, boolean hr, LocalDate today,
                       Locale locale) {
    }

    @GetMapping("/team")
    String showTeam(@ModelAttribute TeamParams params, @AuthenticationPrincipal PathwiseUser user,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        TeamFilter filter = params.toFilter();
        int page = PageView.clampPage(params.page());
        LocalDate today = LocalDate.now(clock);
        if (htmx != null) {
            fill(queries.team(user, filter, page, PageView.DEFAULT_SIZE), today, model);
            return CONTENT + " :: results";
        }
        Key key = new Key(queries.stamp(user, filter), filter, page, user.employeeId(), user.has(Role.HR), today,
            LocaleContextHolder.getLocale());
        model.addAttribute("part", kept.get(key, () -> {
            fill(queries.team(user, filter, page, PageView.DEFAULT_SIZE), today, model);
            return Optional.of(render(model));
        }).orElseThrow());
        PageShells.keep(model);
        return "plan/team/team";
    }

    /** The view, and the approval form with its suggested rhythm. */
    private static void fill(TeamView view, LocalDate today, Model model) {
        describe(view, model);
        ApproveTeamPlansForm approval = new ApproveTeamPlansForm();
        approval.setFirstCheckInOn(today.plusWeeks(2));
        approval.setReportFrequency(ReportFrequency.MONTHLY);
        model.addAttribute("approval", approval);
        model.addAttribute("selected", Set.of());
    }

    private EncodedPart render(Model model) {
        return EncodedPart.of(null, renderer.renderWithForms(CONTENT, "content", model.asMap()));
    }

    /**
     * Approves the ticked plans with one rhythm, all or none. Problems with the form, and plans that
     * changed meanwhile, show the list again with the ticks and the choices kept.
     */
    @PostMapping("/team/approve")
    String approvePlans(@Valid @ModelAttribute("approval") ApproveTeamPlansForm form, BindingResult binding,
                        @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        List<PlanChoice> choices = form.choices();
        if (choices == null) {
            throw new NotFoundException();
        }
        if (choices.isEmpty()) {
            binding.rejectValue("plans", "plan.team.approve.none-selected");
        }
        if (form.getFirstCheckInOn() != null && form.getFirstCheckInOn().isBefore(LocalDate.now(clock))) {
            binding.rejectValue("firstCheckInOn", "plan.team.approve.first-past");
        }
        if (!binding.hasErrors()) {
            try {
                TeamApprovals.Outcome outcome = approvals.approve(user, choices, form.toCommand());
                if (outcome.succeeded()) {
                    Flash.success(redirect, "plan.team.approve.approved", outcome.approved());
                    return "redirect:" + form.backUrl();
                }
                binding.reject("plan.team.approve.stale", new Object[] {String.join(", ", outcome.stale())}, null);
            } catch (TeamApprovals.Refused refused) {
                binding.reject("plan.team.approve.refused", new Object[] {refused.owner()}, null);
                for (PlanProblems.Problem problem : refused.problems().all()) {
                    if (ApproveTeamPlansForm.FIELDS.contains(problem.field())) {
                        binding.rejectValue(problem.field(), problem.key(), problem.args(), null);
                    }
                }
            } catch (PlanRefusal | ObjectOptimisticLockingFailureException changed) {
                binding.reject("plan.team.approve.changed");
            }
        }
        TeamParams params = TeamParams.from(form.backUrl(), form.getPage());
        TeamView view = queries.team(user, params.toFilter(), PageView.clampPage(params.page()),
            PageView.DEFAULT_SIZE);
        describe(view, model);
        model.addAttribute("selected", Set.copyOf(form.getPlans()));
        model.addAttribute("approvalErrors", true);
        model.addAttribute("part", render(model));
        return "plan/team/team";
    }

    static void describe(TeamView view, Model model) {
        TeamFilter filter = view.filter();
        model.addAttribute("view", view);
        model.addAttribute("filter", filter);
        model.addAttribute("baseUrl", TeamParams.url(filter));
        Map<String, String> sortUrls = new LinkedHashMap<>();
        for (TeamSort sort : TeamSort.values()) {
            sortUrls.put(sort.name(), TeamParams.sortUrl(filter, sort));
        }
        model.addAttribute("sortUrls", sortUrls);
        model.addAttribute("sorts", TeamSort.values());
        model.addAttribute("states", PlanState.values());
        Map<String, String> scopeUrls = new LinkedHashMap<>();
        for (TeamScope scope : view.scopes()) {
            scopeUrls.put(scope.name(), TeamParams.scopeUrl(scope));
        }
        model.addAttribute("scopeUrls", scopeUrls);
        model.addAttribute("awaitingUrl", TeamParams.url(only(filter, true, false, false, null)));
        model.addAttribute("missedUrl", TeamParams.url(only(filter, false, true, false, null)));
        model.addAttribute("overdueUrl", TeamParams.url(only(filter, false, false, true, null)));
        model.addAttribute("withoutPlanUrl", TeamParams.url(only(filter, false, false, false, PlanState.NO_PLAN)));
        model.addAttribute("frequencies", CheckInFrequency.values());
        model.addAttribute("modes", CheckInMode.values());
        model.addAttribute("reportFrequencies", ReportFrequency.values());
    }

    /** The scope with one filter of the summary on, everything else off. */
    private static TeamFilter only(TeamFilter filter, boolean awaiting, boolean missed, boolean overdue,
                                   PlanState state) {
        return new TeamFilter(filter.scope(), state, overdue, missed, awaiting, "", filter.sort(),
            filter.descending());
    }
}
