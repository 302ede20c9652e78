package app.pathwise.plan.web;

import app.pathwise.plan.GoalDetails;
import app.pathwise.plan.GoalHorizon;
import app.pathwise.plan.PlanView;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A career goal: horizon, a published target level or a target in words, and why it matters. */
public class GoalForm {

    private Long version;

    @NotNull
    private GoalHorizon horizon;

    private Long targetLevelId;

    @Size(max = 300)
    private String targetText;

    @Size(max = 2000)
    private String why;

    static GoalForm from(PlanView.Goal goal) {
        GoalForm form = new GoalForm();
        form.version = goal.version();
        form.horizon = goal.horizon();
        form.targetLevelId = goal.targetLevelId();
        form.targetText = goal.targetText();
        form.why = goal.why();
        return form;
    }

    GoalDetails toDetails() {
        return new GoalDetails(horizon, targetLevelId, targetText, why);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public GoalHorizon getHorizon() {
        return horizon;
    }

    public void setHorizon(GoalHorizon horizon) {
        this.horizon = horizon;
    }

    public Long getTargetLevelId() {
        return targetLevelId;
    }

    public void setTargetLevelId(Long targetLevelId) {
        this.targetLevelId = targetLevelId;
    }

    public String getTargetText() {
        return targetText;
    }

    public void setTargetText(String targetText) {
        this.targetText = targetText;
    }

    public String getWhy() {
        return why;
    }

    public void setWhy(String why) {
        this.why = why;
    }
}
