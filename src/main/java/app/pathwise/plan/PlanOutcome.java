package app.pathwise.plan;

/**
 * The result of a change: the id of what was saved (the plan, goal or action), or the problems
 * that kept it from being saved (then nothing was saved).
 */
public record PlanOutcome(Long id, PlanProblems problems) {

    public static PlanOutcome saved(long id) {
        return new PlanOutcome(id, new PlanProblems());
    }

    public static PlanOutcome refused(PlanProblems problems) {
        return new PlanOutcome(null, problems);
    }

    public boolean succeeded() {
        return id != null;
    }
}
