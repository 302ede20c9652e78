package app.pathwise.plan.web;

import app.pathwise.plan.ActionProgress;
import app.pathwise.plan.ActionStatus;
import app.pathwise.plan.PlanView;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How an action goes: status, evidence (text, an http(s) link) and a completion note. */
public class ProgressForm {

    private Long version;

    @NotNull
    private ActionStatus status;

    @Size(max = 2000)
    private String evidenceText;

    @Size(max = 500)
    private String evidenceUrl;

    @Size(max = 2000)
    private String completionNote;

    static ProgressForm from(PlanView.Action action) {
        ProgressForm form = new ProgressForm();
        form.version = action.version();
        form.status = action.status();
        form.evidenceText = action.evidenceText();
        form.evidenceUrl = action.evidenceUrl();
        form.completionNote = action.completionNote();
        return form;
    }

    ActionProgress toProgress() {
        return new ActionProgress(status, evidenceText, evidenceUrl, completionNote);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public void setEvidenceText(String evidenceText) {
        this.evidenceText = evidenceText;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public void setCompletionNote(String completionNote) {
        this.completionNote = completionNote;
    }
}
