package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;

/** A level of the proficiency scale, with its label and description in the reader's language via LocalizedText. */
public record ScaleLevelView(int level, LocalizedText label, LocalizedText description, long version) {
}
