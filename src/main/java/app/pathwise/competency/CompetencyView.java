package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;

/** A competency with its group, as other modules and lists show it. */
public record CompetencyView(long id, String code, LocalizedText name, LocalizedText description, long groupId,
                             String groupCode, LocalizedText groupName, int groupPosition, boolean active) {
}
