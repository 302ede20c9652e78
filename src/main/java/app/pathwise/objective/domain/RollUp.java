package app.pathwise.objective.domain;

/**
 * What is aligned beneath an objective, at any depth: how many objectives (of which personal ones
 * directly beneath) and their average progress (objectives without key results not counted).
 */
public record RollUp(long aligned, Integer progress, long directPersonal, Integer directPersonalProgress) {

    public static final RollUp NONE = new RollUp(0, null, 0, null);
}
