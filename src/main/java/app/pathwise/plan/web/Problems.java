package app.pathwise.plan.web;

import app.pathwise.plan.PlanProblems;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;

/** Puts the problems the service found next to the form's fields, after the form's own checks. */
final class Problems {

    private Problems() {
    }

    static void reject(PlanProblems problems, BindingResult binding) {
        reject(problems, binding, UnaryOperator.identity());
    }

    /** {@code toField} maps the service's field names to the form's (null: a problem of the whole form). */
    static void reject(PlanProblems problems, BindingResult binding, UnaryOperator<String> toField) {
        for (PlanProblems.Problem problem : problems.all()) {
            String field = toField.apply(problem.field());
            if (field == null) {
                binding.reject(problem.key(), problem.args(), null);
            } else if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, problem.key(), problem.args(), null);
            }
        }
    }

    /** A missing version counts as stale: the save is refused as a conflict. */
    static long version(Long version) {
        return version == null ? -1 : version;
    }
}
