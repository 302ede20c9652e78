package app.pathwise.plan.web;

import app.pathwise.careerpath.GapLevel;
import app.pathwise.plan.GapOptions;
import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanHistory;
import app.pathwise.plan.PlanPageAccess;
import app.pathwise.plan.PlanQueries;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /plan}: the signed-in employee's open plan, or the page that starts one from their gaps;
 * {@code /people/{id}/plans}: an employee's plans, for them, their manager line and HR.
 */
@Controller
class MyPlanController {

    private final PlanAccess access;
    private final PlanQueries queries;
    private final PlanPage page;

    MyPlanController(PlanAccess access, PlanQueries queries, PlanPage page) {
        this.access = access;
        this.queries = queries;
        this.page = page;
    }

    @GetMapping("/plan")
    String showMyPlan(@AuthenticationPrincipal PathwiseUser user, Model model) {
        Long me = user.employeeId();
        if (me == null) {
            throw new NotFoundException();
        }
        Optional<PlanPageAccess> open = access.checkMyOpenPlan(user);
        if (open.isPresent()) {
            return page.show(model, open.get());
        }
        GapOptions options = queries.gapOptions(user, me, null);
        model.addAttribute("analysis", options.analysis());
        model.addAttribute("next", options.analysis().levels().stream()
            .filter(l -> l.kind() == GapLevel.Kind.NEXT).findFirst().orElse(null));
        model.addAttribute("gapCount", options.options().size());
        model.addAttribute("history", queries.plansOf(me, 0, PageView.DEFAULT_SIZE).orElseThrow(NotFoundException::new));
        return "plan/start";
    }

    @GetMapping("/people/{id}/plans")
    String showPlans(@PathVariable long id, @RequestParam(required = false) Integer page,
                     @AuthenticationPrincipal PathwiseUser user, Model model) {
        access.checkEmployee(user, id);
        PlanHistory history = queries.plansOf(id, PageView.clampPage(page), PageView.DEFAULT_SIZE)
            .orElseThrow(NotFoundException::new);
        model.addAttribute("history", history);
        model.addAttribute("self", user.isSelf(id));
        return "plan/history";
    }
}
