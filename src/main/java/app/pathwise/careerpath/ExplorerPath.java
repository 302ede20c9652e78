package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;
import java.time.Instant;

/** A path as employees see it: always its PUBLISHED version. */
public record ExplorerPath(long pathId, String code, String track, long versionId, int versionNumber,
                           LocalizedText name, LocalizedText description, long familyId, LocalizedText familyName,
                           Instant publishedAt, int levelCount) {
}
