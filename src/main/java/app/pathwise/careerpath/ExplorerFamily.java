package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/** A job family that has at least one published path. */
public record ExplorerFamily(long id, String code, LocalizedText name) {
}
