package app.pathwise.objective.web;

import app.pathwise.objective.ObjectiveView;
import app.pathwise.objective.Period;
import app.pathwise.objective.domain.ObjectiveDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An objective as typed: title, description, period (by its code, such as 2026-Q4) and what it aligns to. */
public class ObjectiveForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 4000)
    private String description;

    @NotBlank
    private String period;

    private Long parentId;

    private Long version;

    static ObjectiveForm blank(Period period) {
        ObjectiveForm form = new ObjectiveForm();
        form.period = period.code();
        return form;
    }

    static ObjectiveForm of(ObjectiveView objective) {
        ObjectiveForm form = new ObjectiveForm();
        form.title = objective.title();
        form.description = objective.description();
        form.period = objective.period().code();
        form.parentId = objective.parentId();
        form.version = objective.version();
        return form;
    }

    /** The chosen period, or null when the code names none. */
    Period chosenPeriod() {
        return Period.parse(period);
    }

    ObjectiveDraft toDraft() {
        return new ObjectiveDraft(title, description, chosenPeriod(), parentId);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
