package app.pathwise.plan;

/**
 * A career goal as the employee writes it: its horizon, a target level of a published path or a
 * target in their own words (at least one of the two), and why it matters.
 */
public record GoalDetails(GoalHorizon horizon, Long targetLevelId, String targetText, String why) {

    public GoalDetails {
        targetText = Texts.clean(targetText);
        why = Texts.clean(why);
    }

    /** Nothing filled in: a goal row of a form left empty. */
    public boolean blank() {
        return targetLevelId == null && targetText == null && why == null;
    }
}
