package app.pathwise.careerpath.explore;

import app.pathwise.shared.LocalizedText;

/** One step of the proficiency scale: its number, label and description. */
public record ScaleStep(int level, LocalizedText label, LocalizedText description) {
}
