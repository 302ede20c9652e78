package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/** A level of a published version, named with its path: for links, selects and headings. */
public record ExplorerLevelRef(long levelId, long pathId, String code, int position, LocalizedText title,
                               LocalizedText pathName, LocalizedText familyName) {
}
