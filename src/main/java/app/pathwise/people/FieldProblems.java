package app.pathwise.people;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field name to message key, for errors only the service can find (uniqueness, cycles, references). */
public final class FieldProblems {

    private final Map<String, String> problems = new LinkedHashMap<>();

    public void add(String field, String messageKey) {
        problems.putIfAbsent(field, messageKey);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public Map<String, String> asMap() {
        return Map.copyOf(problems);
    }
}
