package app.pathwise.plan.web;

import app.pathwise.careerpath.ExplorerLevelRef;
import app.pathwise.shared.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Levels of published paths grouped by path, for selects with one option group per path. */
record LevelChoice(long pathId, LocalizedText pathName, LocalizedText familyName, List<ExplorerLevelRef> levels) {

    static List<LevelChoice> of(List<ExplorerLevelRef> levels) {
        Map<Long, LevelChoice> groups = new LinkedHashMap<>();
        for (ExplorerLevelRef level : levels) {
            groups.computeIfAbsent(level.pathId(), id -> new LevelChoice(id, level.pathName(), level.familyName(),
                new ArrayList<>())).levels().add(level);
        }
        return List.copyOf(groups.values());
    }
}
