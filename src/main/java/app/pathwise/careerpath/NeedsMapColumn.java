package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/**
 * A column of the needs map: a person (with the title of their level, empty when not placed) or, for
 * large groups, a department ({@code id} null for people without one) with how many people it holds.
 */
public record NeedsMapColumn(Long id, String label, LocalizedText levelTitle, int people) {
}
