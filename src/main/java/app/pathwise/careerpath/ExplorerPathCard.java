package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/**
 * A path as the explorer lists it: its published version's name, its family, its track and how many
 * levels it has; {@code yours} when the reader's own level is on it.
 */
public record ExplorerPathCard(long pathId, String code, String track, LocalizedText name, LocalizedText description,
                               long familyId, LocalizedText familyName, LocalizedText familyDescription,
                               int levelCount, boolean yours) {
}
