package app.pathwise.plan.web;

import app.pathwise.plan.GapChoice;
import app.pathwise.plan.PlanView;
import java.util.List;
import java.util.Objects;

/** A plan's details and the gaps chosen, as the employee edits them; {@code target} is the analysis target. */
public class PlanDetailsForm extends PlanFieldsForm {

    private Long version;

    static PlanDetailsForm from(PlanView plan, Long target) {
        PlanDetailsForm form = new PlanDetailsForm();
        form.version = plan.version();
        form.setTitle(plan.title());
        form.setStartsOn(plan.startsOn());
        form.setEndsOn(plan.endsOn());
        form.setStrengths(plan.strengths());
        form.setDevelopmentAreas(plan.developmentAreas());
        form.setTarget(target);
        plan.gaps().forEach(g -> form.getGapIds().add(g.competencyId()));
        return form;
    }

    List<GapChoice> toGaps(PlanView plan) {
        return getGapIds().stream().filter(Objects::nonNull).map(id -> new GapChoice(id, plan.gaps().stream()
            .filter(g -> g.competencyId() == id).findFirst().map(PlanView.Gap::note).orElse(null))).toList();
    }

    static String field(String problemField) {
        return "gaps".equals(problemField) ? "gapIds" : problemField;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
