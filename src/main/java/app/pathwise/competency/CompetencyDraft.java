package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import java.util.Map;

/**
 * What HR writes for a competency.
 *
 * @param behaviours for each level of the scale, the behaviours that show it (English required)
 */
public record CompetencyDraft(String code, Long groupId, LocalizedText name, LocalizedText description,
                              Map<Integer, LocalizedText> behaviours) {

    public CompetencyDraft {
        code = code == null ? "" : code.strip();
        name = name == null ? LocalizedText.EMPTY : name;
        description = description == null ? LocalizedText.EMPTY : description;
        behaviours = behaviours == null ? Map.of() : Map.copyOf(behaviours);
    }
}
