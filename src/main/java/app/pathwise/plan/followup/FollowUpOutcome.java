package app.pathwise.plan.followup;

import java.util.ArrayList;
import java.util.List;

/**
 * What a follow-up action came to: the id of what it stored, or the problems (message keys, per form
 * field or for the whole form when the field is null) that stopped it, with nothing stored.
 */
public record FollowUpOutcome(Long id, List<Problem> problems) {

    public FollowUpOutcome {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    static FollowUpOutcome stored(long id) {
        return new FollowUpOutcome(id, List.of());
    }

    static FollowUpOutcome refused(List<Problem> problems) {
        return new FollowUpOutcome(null, problems);
    }

    /** One problem: the form field (null for the whole form), the message key and its arguments. */
    public record Problem(String field, String key, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** Collects problems while a service checks what it was given. */
    static final class Problems {

        private final List<Problem> found = new ArrayList<>();

        Problems add(String field, String key, Object... args) {
            found.add(new Problem(field, key, List.of(args)));
            return this;
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        FollowUpOutcome refused() {
            return FollowUpOutcome.refused(found);
        }
    }
}
