package app.pathwise.plan.web;

import app.pathwise.plan.PlanView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The short retrospective of a goal reached: what helped, what to keep doing. */
public class RetrospectiveForm {

    private Long version;

    @NotBlank
    @Size(max = 2000)
    private String whatHelped;

    @NotBlank
    @Size(max = 2000)
    private String whatToKeep;

    static RetrospectiveForm from(PlanView.Goal goal) {
        RetrospectiveForm form = new RetrospectiveForm();
        form.version = goal.version();
        form.whatHelped = goal.whatHelped();
        form.whatToKeep = goal.whatToKeep();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getWhatHelped() {
        return whatHelped;
    }

    public void setWhatHelped(String whatHelped) {
        this.whatHelped = whatHelped;
    }

    public String getWhatToKeep() {
        return whatToKeep;
    }

    public void setWhatToKeep(String whatToKeep) {
        this.whatToKeep = whatToKeep;
    }
}
