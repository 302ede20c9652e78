package app.pathwise.plan.web;

import app.pathwise.plan.ActionDetails;
import app.pathwise.plan.ActionKind;
import app.pathwise.plan.PlanView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A development action as planned: kind, title, description, the gap it closes, due date. */
public class ActionForm {

    private Long version;

    @NotNull
    private ActionKind kind;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 2000)
    private String description;

    private Long gapId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    static ActionForm from(PlanView.Action action) {
        ActionForm form = new ActionForm();
        form.version = action.version();
        form.kind = action.kind();
        form.title = action.title();
        form.description = action.description();
        form.gapId = action.gapId();
        form.dueOn = action.dueOn();
        return form;
    }

    ActionDetails toDetails() {
        return new ActionDetails(kind, title, description, gapId, dueOn);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ActionKind getKind() {
        return kind;
    }

    public void setKind(ActionKind kind) {
        this.kind = kind;
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

    public Long getGapId() {
        return gapId;
    }

    public void setGapId(Long gapId) {
        this.gapId = gapId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
