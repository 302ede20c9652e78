package app.pathwise.plan;

import java.util.List;

/**
 * Starting a plan from the gap analysis: the plan's details, the target level the analysis was made
 * against (besides the next level; may be null), the gaps ticked and the first goals (blank ones are
 * ignored), and the employee's ended plan it follows, whose career review it starts from (or null).
 */
public record StartPlanCommand(PlanDetails details, Long analysisTargetLevelId, List<GapChoice> gaps,
                               List<GoalDetails> goals, Long previousPlanId) {

    public StartPlanCommand {
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
