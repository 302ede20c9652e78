package app.pathwise.objective.web;

import app.pathwise.objective.Period;
import app.pathwise.objective.domain.ObjectivePages;
import app.pathwise.objective.domain.Problems;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the objective controllers share: the chosen period and the problems a service gave back. */
final class FormSupport {

    private FormSupport() {
    }

    /** The period a page was asked for, or the current quarter when none (or none that exists) was. */
    static Period period(String code, ObjectivePages pages) {
        Period period = Period.parse(code);
        return period == null ? pages.currentPeriod() : period;
    }

    /** Puts the period picker's choices into the model. */
    static void periods(Model model, Period chosen, ObjectivePages pages) {
        model.addAttribute("period", chosen);
        model.addAttribute("periods", pages.periods(chosen));
    }

    /** Each problem next to its field (or for the whole form), unless that field already has an error. */
    static void reject(BindingResult binding, Problems problems) {
        for (Problems.Problem problem : problems.list()) {
            if (problem.field() == null) {
                binding.reject(problem.key(), problem.args(), null);
            } else if (!binding.hasFieldErrors(problem.field())) {
                binding.rejectValue(problem.field(), problem.key(), problem.args(), null);
            }
        }
    }
}
