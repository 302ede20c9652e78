package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/**
 * A level of a published version with everything it says of itself, the levels around it on its path
 * ({@code next} is the next step up, null at the top) and whether it is the reader's own level.
 */
public record ExplorerLevel(long levelId, String code, int position, LocalizedText title, LocalizedText summary,
                            LocalizedText responsibilities, LocalizedText education, int minYears, ExplorerPath path,
                            ExplorerLevelRef next, ExplorerLevelRef previous, boolean yours) {

    public ExplorerLevelRef ref() {
        return new ExplorerLevelRef(levelId, path.pathId(), code, position, title, path.name(), path.familyName());
    }
}
