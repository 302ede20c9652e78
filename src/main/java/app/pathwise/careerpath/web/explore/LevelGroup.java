package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.ExplorerLevelRef;
import app.pathwise.shared.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Published levels grouped by path, for selects with one option group per path. */
record LevelGroup(long pathId, LocalizedText pathName, LocalizedText familyName, List<ExplorerLevelRef> levels) {

    static List<LevelGroup> of(List<ExplorerLevelRef> levels) {
        Map<Long, LevelGroup> groups = new LinkedHashMap<>();
        for (ExplorerLevelRef level : levels) {
            groups.computeIfAbsent(level.pathId(), id -> new LevelGroup(id, level.pathName(), level.familyName(),
                new ArrayList<>())).levels().add(level);
        }
        return List.copyOf(groups.values());
    }
}
