package app.pathwise.careerpath.explore;

import app.pathwise.shared.LocalizedText;
import java.time.Instant;
import java.util.Map;

/**
 * One competency on an assessment sheet: what the person's current and target levels require (null
 * where they do not), the latest self rating with its evidence, the latest manager rating with its
 * comment, and the behaviours the framework names per proficiency, as help.
 */
public record AssessmentItem(long competencyId, String code, LocalizedText name, LocalizedText group,
                             Integer currentRequired, Integer targetRequired, Integer selfLevel, String selfEvidence,
                             Instant selfAt, Integer managerLevel, String managerComment, String managerName,
                             Instant managerAt, Map<Integer, LocalizedText> behaviours) {

    public boolean managerConfirmed() {
        return managerLevel != null && managerLevel.equals(selfLevel);
    }
}
