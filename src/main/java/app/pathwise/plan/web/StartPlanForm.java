package app.pathwise.plan.web;

import app.pathwise.plan.GapChoice;
import app.pathwise.plan.GoalDetails;
import app.pathwise.plan.GoalHorizon;
import app.pathwise.plan.PreviousPlan;
import app.pathwise.plan.StartPlanCommand;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * Starting a plan: its details, the gaps ticked from the gap analysis (against the next level and
 * the {@code target} level), and a short-term and a long-term goal (either may be left empty).
 */
public class StartPlanForm extends PlanFieldsForm {

    /** The employee's ended plan this one follows (from its career review), or null. */
    private Long from;

    private Long shortTargetLevelId;

    @Size(max = 300)
    private String shortTargetText;

    @Size(max = 2000)
    private String shortWhy;

    private Long longTargetLevelId;

    @Size(max = 300)
    private String longTargetText;

    @Size(max = 2000)
    private String longWhy;

    StartPlanCommand toCommand() {
        return new StartPlanCommand(toDetails(), getTarget(),
            getGapIds().stream().filter(Objects::nonNull).map(id -> new GapChoice(id, null)).toList(),
            List.of(new GoalDetails(GoalHorizon.SHORT, shortTargetLevelId, shortTargetText, shortWhy),
                new GoalDetails(GoalHorizon.LONG, longTargetLevelId, longTargetText, longWhy)), from);
    }

    /**
     * Starts from the employee's ended plan: it follows that plan, keeps its strengths and development
     * areas, and carries its open long-term goal (the rest comes from today's gap analysis).
     */
    void continueFrom(PreviousPlan previous) {
        from = previous.id();
        setStrengths(previous.strengths());
        setDevelopmentAreas(previous.developmentAreas());
        GoalDetails goal = previous.longGoal();
        if (goal != null) {
            if (longTargetLevelId == null) {
                longTargetLevelId = goal.targetLevelId();
            }
            longTargetText = goal.targetText();
            longWhy = goal.why();
        }
    }

    /** The form's field for a problem the service named; null for problems about the form as a whole. */
    static String field(String problemField) {
        return switch (problemField) {
            case "gaps" -> "gapIds";
            case "goals[0].targetLevelId" -> "shortTargetLevelId";
            case "goals[0].targetText" -> "shortTargetText";
            case "goals[0].why" -> "shortWhy";
            case "goals[1].targetLevelId" -> "longTargetLevelId";
            case "goals[1].targetText" -> "longTargetText";
            case "goals[1].why" -> "longWhy";
            case "title", "startsOn", "endsOn", "strengths", "developmentAreas" -> problemField;
            default -> null;
        };
    }

    public Long getShortTargetLevelId() {
        return shortTargetLevelId;
    }

    public void setShortTargetLevelId(Long shortTargetLevelId) {
        this.shortTargetLevelId = shortTargetLevelId;
    }

    public String getShortTargetText() {
        return shortTargetText;
    }

    public void setShortTargetText(String shortTargetText) {
        this.shortTargetText = shortTargetText;
    }

    public String getShortWhy() {
        return shortWhy;
    }

    public void setShortWhy(String shortWhy) {
        this.shortWhy = shortWhy;
    }

    public Long getLongTargetLevelId() {
        return longTargetLevelId;
    }

    public void setLongTargetLevelId(Long longTargetLevelId) {
        this.longTargetLevelId = longTargetLevelId;
    }

    public String getLongTargetText() {
        return longTargetText;
    }

    public void setLongTargetText(String longTargetText) {
        this.longTargetText = longTargetText;
    }

    public String getLongWhy() {
        return longWhy;
    }

    public void setLongWhy(String longWhy) {
        this.longWhy = longWhy;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }
}
