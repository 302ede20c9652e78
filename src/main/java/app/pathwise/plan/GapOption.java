package app.pathwise.plan;

import app.pathwise.careerpath.GapLevel;
import app.pathwise.shared.LocalizedText;

/**
 * A gap the employee may choose to work on: an unmet competency requirement of their current, next
 * or target level (the highest requirement when several levels ask for it).
 */
public record GapOption(long competencyId, LocalizedText name, LocalizedText group, long levelId,
                        LocalizedText levelTitle, GapLevel.Kind kind, int required, Integer current, int gap) {
}
