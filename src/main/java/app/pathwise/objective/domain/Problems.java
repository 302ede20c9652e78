package app.pathwise.objective.domain;

import java.util.ArrayList;
import java.util.List;

/** What stopped a change, field by field, as message keys with arguments; empty when it went through. */
public final class Problems {

    /** One field's problem; field null for the form as a whole. */
    public record Problem(String field, String key, Object[] args) {
    }

    private final List<Problem> list = new ArrayList<>();

    public Problems add(String field, String key, Object... args) {
        list.add(new Problem(field, key, args));
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(problem -> field.equals(problem.field()));
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }
}
