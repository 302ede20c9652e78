package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/**
 * A competency a level requires, at a proficiency (with the scale's label), and the behaviours the
 * framework expects at that proficiency.
 */
public record ExplorerCompetency(long competencyId, String code, LocalizedText name, LocalizedText group,
                                 int requiredLevel, LocalizedText requiredLabel, LocalizedText behaviours) {
}
