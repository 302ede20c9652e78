package app.pathwise.competency.web;

import app.pathwise.competency.FrameworkProblems;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;

/** Puts the problems a service found next to the form fields, after the form's own checks. */
final class Problems {

    private Problems() {
    }

    static void reject(FrameworkProblems problems, BindingResult binding) {
        reject(problems, binding, UnaryOperator.identity());
    }

    /** {@code toField} maps the service's field names to the form's; fields with an error already keep it. */
    static void reject(FrameworkProblems problems, BindingResult binding, UnaryOperator<String> toField) {
        problems.asMap().forEach((name, problem) -> {
            String field = toField.apply(name);
            if (field != null && !binding.hasFieldErrors(field)) {
                binding.rejectValue(field, problem.key(), problem.args(), null);
            }
        });
    }
}
