package app.pathwise.competency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field name to message (key and arguments), for the errors only the services can find: codes and
 * names already taken, unknown references, behaviours missing for a level.
 */
public final class FrameworkProblems {

    /** A message key with its arguments. */
    public record Problem(String key, Object... args) {
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    public void add(String field, String key, Object... args) {
        problems.putIfAbsent(field, new Problem(key, args));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public Map<String, Problem> asMap() {
        return Collections.unmodifiableMap(problems);
    }
}
