package app.pathwise.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a command, field by field, as message keys: the web layer puts each next to
 * its field. Only the first problem of a field is kept.
 */
public final class PlanProblems {

    /** One problem: the field (as the form names it), the message key and its arguments. */
    public record Problem(String field, String key, Object[] args) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public PlanProblems add(String field, String key, Object... args) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new Problem(field, key, args));
        }
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }
}
