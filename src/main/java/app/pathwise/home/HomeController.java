package app.pathwise.home;

import app.pathwise.people.EmployeeQueries;
import app.pathwise.people.ReportingLines;
import app.pathwise.security.PathwiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: me, my manager, my direct reports and how large my whole line is. */
@Controller
class HomeController {

    static final int REPORTS_SHOWN = 12;

    private final EmployeeQueries people;
    private final ReportingLines lines;

    HomeController(EmployeeQueries people, ReportingLines lines) {
        this.people = people;
        this.lines = lines;
    }

    @GetMapping("/")
    String showHome(@AuthenticationPrincipal PathwiseUser user, Model model) {
        if (user.employeeId() != null) {
            people.profile(user.employeeId()).ifPresent(me -> {
                model.addAttribute("me", me);
                if (me.managerId() != null) {
                    people.profile(me.managerId()).ifPresent(manager -> model.addAttribute("manager", manager));
                }
            });
            model.addAttribute("reports", people.directReports(user.employeeId(), REPORTS_SHOWN));
            model.addAttribute("lineSize", lines.lineSize(user.employeeId()));
        }
        return "home/home";
    }
}
