package app.pathwise.careerpath.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems only the service can find (a code already used, a requirement above the scale), each for
 * a form field, as a message key with arguments. Empty means the change was made.
 */
public final class FormProblems {

    /** One problem: the form field (e.g. {@code competencies[2].requiredLevel}), key and arguments. */
    public record Problem(String field, String key, Object[] args) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public void add(String field, String key, Object... args) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new Problem(field, key, args));
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(problems);
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
