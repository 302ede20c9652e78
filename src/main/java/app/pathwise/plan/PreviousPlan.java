package app.pathwise.plan;

/**
 * An ended plan of the employee that a new plan starts from, with its career review (outcome, readiness
 * after the year, adjustments agreed) when one was recorded and the long-term goal still open.
 *
 * @param outcome the review's outcome (a {@code ReviewOutcome} name), null without a review
 * @param longGoal the plan's first long-term goal that was neither reached nor dropped, or null
 */
public record PreviousPlan(long id, String title, String strengths, String developmentAreas, String outcome,
                           Integer readinessAfter, String adjustments, GoalDetails longGoal) {

    public boolean reviewed() {
        return outcome != null;
    }
}
