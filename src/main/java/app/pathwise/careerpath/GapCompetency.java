package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/**
 * One competency requirement against a person's current proficiency: {@code current} is null when
 * they have not been rated (it counts as 0), {@code confirmed} false when only a self rating exists.
 */
public record GapCompetency(long competencyId, LocalizedText name, LocalizedText group, int required,
                            LocalizedText requiredLabel, Integer current, LocalizedText currentLabel,
                            boolean confirmed) {

    public boolean rated() {
        return current != null;
    }

    /** Required minus current, never below 0; a missing rating counts as 0. */
    public int gap() {
        return Math.max(0, required - (current == null ? 0 : current));
    }

    public boolean met() {
        return gap() == 0;
    }
}
