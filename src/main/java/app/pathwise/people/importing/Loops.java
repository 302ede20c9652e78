package app.pathwise.people.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds loops in a "points up to" relation: managers of employees, parents of departments. */
final class Loops {

    private static final int SHOWN = 8;

    private Loops() {
    }

    /** Every loop reachable from {@code starts}, each once, as the keys on it in order. */
    static List<List<String>> find(Collection<String> starts, Map<String, String> up) {
        Map<String, Boolean> finished = new HashMap<>();
        List<List<String>> loops = new ArrayList<>();
        List<String> path = new ArrayList<>();
        Map<String, Integer> onPath = new HashMap<>();
        for (String start : starts) {
            if (finished.containsKey(start)) {
                continue;
            }
            path.clear();
            onPath.clear();
            String current = start;
            while (current != null && !finished.containsKey(current) && !onPath.containsKey(current)) {
                onPath.put(current, path.size());
                path.add(current);
                current = up.get(current);
            }
            if (current != null && onPath.containsKey(current)) {
                loops.add(List.copyOf(path.subList(onPath.get(current), path.size())));
            }
            path.forEach(key -> finished.put(key, Boolean.TRUE));
        }
        return loops;
    }

    /** "A → B → C → A", shortened for long loops. */
    static String describe(List<String> loop) {
        List<String> shown = new ArrayList<>(loop.size() > SHOWN ? loop.subList(0, SHOWN) : loop);
        if (loop.size() > SHOWN) {
            shown.add("…");
        }
        shown.add(loop.get(0));
        return shown.stream().collect(Collectors.joining(" → "));
    }
}
