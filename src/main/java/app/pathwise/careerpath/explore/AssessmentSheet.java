package app.pathwise.careerpath.explore;

import app.pathwise.careerpath.ExplorerLevel;
import java.util.List;

/**
 * The assessment page of one person as one reader sees it: rating themself, rating as their manager,
 * or reading (HR). Lists what the current and target levels require and anything rated before.
 */
public record AssessmentSheet(EmployeeFacts employee, Mode mode, ExplorerLevel currentLevel,
                              ExplorerLevel targetLevel, List<AssessmentItem> items, List<ScaleStep> scale) {

    public enum Mode {
        SELF, MANAGER, READ_ONLY
    }

    public boolean editable() {
        return mode != Mode.READ_ONLY;
    }

    public boolean lists(long competencyId) {
        return items.stream().anyMatch(item -> item.competencyId() == competencyId);
    }

    public AssessmentItem item(long competencyId) {
        return items.stream().filter(item -> item.competencyId() == competencyId).findFirst().orElse(null);
    }
}
