package app.pathwise.home;

import app.pathwise.careerpath.PathApprovals;
import app.pathwise.people.EmployeeOverview;
import app.pathwise.people.EmployeeQueries;
import app.pathwise.people.PeopleGeneration;
import app.pathwise.plan.MyPlanCard;
import app.pathwise.plan.PlanHome;
import app.pathwise.plan.TeamCard;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.PageShells;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}, where each role's day starts: my development plan and what is behind in it; for a
 * manager, what their team's plans wait for; for an executive, the career paths awaiting approval;
 * then me, my manager, my direct reports and how large my whole line is, kept rendered until the people
 * generation changes. One statement for the person (the generation and the person's stamp), one for
 * their plan, one more for a manager's team and one for an executive; the first request after a change
 * to people reads the person and their reports too.
 */
@Controller
class HomeController {

    static final int REPORTS_SHOWN = 12;

    private final EmployeeQueries people;
    private final PlanHome plans;
    private final PathApprovals approvals;
    private final HomeParts parts;

    HomeController(EmployeeQueries people, PlanHome plans, PathApprovals approvals, HomeParts parts) {
        this.people = people;
        this.plans = plans;
        this.approvals = approvals;
        this.parts = parts;
    }

    @GetMapping("/")
    String showHome(@AuthenticationPrincipal PathwiseUser user, Model model) {
        AboutCut about = null;
        if (user.employeeId() != null) {
            long me = user.employeeId();
            PeopleGeneration now = people.generation(me);
            if (now.employee() != null) {
                model.addAttribute("me", now.employee());
                MyPlanCard myPlan = plans.myPlan(me).orElse(null);
                Map<String, Object> variables = new HashMap<>();
                variables.put("me", now.employee());
                variables.put("myPlan", myPlan);
                model.addAttribute("planCard", card(new PlanCardKey(me, myPlan, LocaleContextHolder.getLocale()),
                    "plan", variables));
                AboutKey key = new AboutKey(me, user.roles(), LocaleContextHolder.getLocale());
                about = parts.about.get(now.generation(), key, () -> people.overview(me).map(this::renderAbout))
                    .orElse(null);
            }
        }
        AboutCut shown = about == null ? renderAbout(null) : about;
        model.addAttribute("aboutBefore", shown.before());
        model.addAttribute("aboutAfter", shown.after());
        plans.team(user).ifPresent(team -> {
            model.addAttribute("team", team);
            model.addAttribute("teamCard", card(new TeamCardKey(team, LocaleContextHolder.getLocale()), "team",
                Map.of("team", team)));
        });
        if (user.has(Role.EXECUTIVE)) {
            model.addAttribute("pathsAwaiting", approvals.awaiting());
        }
        PageShells.keep(model);
        return "home/home";
    }

    /** The part about the person (or, without one, the note that the account has no employee record). */
    private AboutCut renderAbout(EmployeeOverview me) {
        Map<String, Object> variables = new HashMap<>();
        if (me != null) {
            variables.put("me", me.profile());
            variables.put("manager", me.manager());
            variables.put("lineSize", me.lineSize());
            variables.put("reports", people.directReports(me.profile().id(), REPORTS_SHOWN));
        }
        return AboutCut.of(parts.renderer.render("home/about-content", "content", variables));
    }

    /**
     * A card of the day, rendered from its own numbers: kept under them, so a changed number is a new
     * card, and nothing else makes it old.
     */
    private EncodedPart card(Object key, String fragment, Map<String, Object> variables) {
        return parts.cards.get(key, () -> Optional.of(EncodedPart.of(null,
            parts.renderer.render("home/cards", fragment, variables)))).orElseThrow();
    }

    private record PlanCardKey(long employeeId, MyPlanCard plan, Locale locale) {
    }

    private record TeamCardKey(TeamCard team, Locale locale) {
    }

    private record AboutKey(long employeeId, Set<Role> roles, Locale locale) {
    }
}
