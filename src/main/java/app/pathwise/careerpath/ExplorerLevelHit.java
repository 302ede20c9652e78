package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/**
 * A level found by the explorer's search: by its title in any language, or because it requires a
 * competency whose name matches ({@code competencyName}, empty when the title matched).
 */
public record ExplorerLevelHit(long levelId, String code, int position, LocalizedText title, long pathId,
                               String track, LocalizedText pathName, LocalizedText familyName, boolean titleMatch,
                               LocalizedText competencyName) {
}
