package app.pathwise.home;

import app.pathwise.careerpath.PathApprovals;
import app.pathwise.people.EmployeeQueries;
import app.pathwise.plan.PlanHome;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}, where each role's day starts: my development plan and what is behind in it; for a
 * manager, what their team's plans wait for; for an executive, the career paths awaiting approval;
 * then me, my manager, my direct reports and how large my whole line is. Two statements for the
 * person, one for their plan, one more for a manager's team and one for an executive.
 */
@Controller
class HomeController {

    static final int REPORTS_SHOWN = 12;

    private final EmployeeQueries people;
    private final PlanHome plans;
    private final PathApprovals approvals;

    HomeController(EmployeeQueries people, PlanHome plans, PathApprovals approvals) {
        this.people = people;
        this.plans = plans;
        this.approvals = approvals;
    }

    @GetMapping("/")
    String showHome(@AuthenticationPrincipal PathwiseUser user, Model model) {
        if (user.employeeId() != null) {
            people.overview(user.employeeId()).ifPresent(me -> {
                model.addAttribute("me", me.profile());
                model.addAttribute("manager", me.manager());
                model.addAttribute("lineSize", me.lineSize());
                model.addAttribute("reports", people.directReports(user.employeeId(), REPORTS_SHOWN));
                model.addAttribute("myPlan", plans.myPlan(user.employeeId()).orElse(null));
            });
        }
        plans.team(user).ifPresent(team -> model.addAttribute("team", team));
        if (user.has(Role.EXECUTIVE)) {
            model.addAttribute("pathsAwaiting", approvals.awaiting());
        }
        return "home/home";
    }
}
