package app.pathwise.plan.followup.web;

import app.pathwise.plan.followup.FollowUpOutcome;
import app.pathwise.shared.web.Formats;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.validation.BindingResult;

/** Puts the problems a follow-up service found next to the form's fields (dates formatted for the reader). */
final class Refusals {

    private Refusals() {
    }

    static void reject(FollowUpOutcome outcome, BindingResult binding, Formats fmt) {
        for (FollowUpOutcome.Problem problem : outcome.problems()) {
            Object[] args = Arrays.stream(problem.arguments())
                .map(a -> a instanceof LocalDate date ? fmt.date(date) : a).toArray();
            if (problem.field() == null) {
                binding.reject(problem.key(), args, null);
            }
            else if (!binding.hasFieldErrors(problem.field())) {
                binding.rejectValue(problem.field(), problem.key(), args, null);
            }
        }
    }
}
