package app.pathwise.home;

import app.pathwise.people.EmployeeQueries;
import app.pathwise.security.PathwiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: me, my manager, my direct reports and how large my whole line is; two statements. */
@Controller
class HomeController {

    static final int REPORTS_SHOWN = 12;

    private final EmployeeQueries people;

    HomeController(EmployeeQueries people) {
        this.people = people;
    }

    @GetMapping("/")
    String showHome(@AuthenticationPrincipal PathwiseUser user, Model model) {
        if (user.employeeId() != null) {
            people.overview(user.employeeId()).ifPresent(me -> {
                model.addAttribute("me", me.profile());
                model.addAttribute("manager", me.manager());
                model.addAttribute("lineSize", me.lineSize());
                model.addAttribute("reports", people.directReports(user.employeeId(), REPORTS_SHOWN));
            });
        }
        return "home/home";
    }
}
