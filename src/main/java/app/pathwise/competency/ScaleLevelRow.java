package app.pathwise.competency;

/**
 * A level on HR's scale page.
 *
 * @param removable whether this is the top level, above the lowest two, and nothing uses it (no
 *     behaviours, ratings or level requirements)
 */
public record ScaleLevelRow(ScaleLevelView level, boolean removable) {
}
