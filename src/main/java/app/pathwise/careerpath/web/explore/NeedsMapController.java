package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.NeedsMapQueries;
import app.pathwise.careerpath.NeedsMapScope;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /needs-map}: competencies against people (or departments) of a team, line, department or family. */
@Controller
class NeedsMapController {

    private final NeedsMapQueries needs;

    NeedsMapController(NeedsMapQueries needs) {
        this.needs = needs;
    }

    @GetMapping("/needs-map")
    String showNeedsMap(@RequestParam(required = false) NeedsMapScope.Kind scope,
                        @RequestParam(required = false) Long department, @RequestParam(required = false) Long family,
                        @RequestParam(required = false) Integer columns, @AuthenticationPrincipal PathwiseUser user,
                        Model model) {
        NeedsMapScope.Kind kind = scope != null ? scope
            : user.employeeId() != null && user.has(Role.MANAGER) ? NeedsMapScope.Kind.TEAM
            : NeedsMapScope.Kind.DEPARTMENT;
        model.addAttribute("map", needs.map(user, new NeedsMapScope(kind, department, family),
            columns == null ? 0 : columns));
        model.addAttribute("hr", user.has(Role.HR));
        model.addAttribute("hasEmployee", user.employeeId() != null);
        model.addAttribute("kinds", NeedsMapScope.Kind.values());
        model.addAttribute("peopleColumns", NeedsMapQueries.PEOPLE_COLUMNS);
        return "careerpath/explore/needs-map";
    }
}
