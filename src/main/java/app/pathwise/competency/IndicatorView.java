package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;

/**
 * A level of the scale and the behaviours that show a competency at that level.
 *
 * @param behaviours empty when HR has not described this level yet (after a level was added)
 */
public record IndicatorView(int level, LocalizedText levelLabel, LocalizedText behaviours) {

    public boolean described() {
        return behaviours.en() != null;
    }
}
