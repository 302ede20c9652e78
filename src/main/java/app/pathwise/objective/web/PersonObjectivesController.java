package app.pathwise.objective.web;

import app.pathwise.objective.Period;
import app.pathwise.objective.domain.ObjectivePages;
import app.pathwise.security.PathwiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /people/{id}/objectives}: an employee's personal objectives for a period, read by their
 * management line and HR (and by themself); anyone else: not found.
 */
@Controller
class PersonObjectivesController {

    private final ObjectivePages pages;

    PersonObjectivesController(ObjectivePages pages) {
        this.pages = pages;
    }

    @GetMapping("/people/{id}/objectives")
    String showObjectives(@PathVariable long id, @RequestParam(required = false) String period,
                          @AuthenticationPrincipal PathwiseUser user, Model model) {
        Period chosen = FormSupport.period(period, pages);
        FormSupport.periods(model, chosen, pages);
        model.addAttribute("page", pages.person(user, id, chosen));
        return "objective/person";
    }
}
