package app.pathwise.plan.followup.web;

import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.followup.CheckInDraft;
import app.pathwise.plan.followup.NewCheckInPage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new check-in: when and how it was held and what was said. The manager's feedback is kept only
 * when the reviewer records it. Key-result updates are to join this form as a list of rows.
 */
public class RecordCheckInForm {

    static final int MAX_TEXT = 4000;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotNull
    private CheckInMode mode;

    @NotBlank
    @Size(max = MAX_TEXT)
    private String progressSummary;

    @Size(max = MAX_TEXT)
    private String obstacles;

    @Size(max = MAX_TEXT)
    private String supportNeeded;

    @Size(max = MAX_TEXT)
    private String nextSteps;

    @Size(max = MAX_TEXT)
    private String managerFeedback;

    /** Held today, in the way the rhythm agreed. */
    static RecordCheckInForm blank(NewCheckInPage page, LocalDate today) {
        RecordCheckInForm form = new RecordCheckInForm();
        form.heldOn = today;
        form.mode = page.plan().mode() == null ? CheckInMode.MEETING : page.plan().mode();
        return form;
    }

    CheckInDraft toDraft() {
        return new CheckInDraft(heldOn, mode, Texts.clean(progressSummary), Texts.clean(obstacles),
            Texts.clean(supportNeeded), Texts.clean(nextSteps), Texts.clean(managerFeedback));
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public CheckInMode getMode() {
        return mode;
    }

    public void setMode(CheckInMode mode) {
        this.mode = mode;
    }

    public String getProgressSummary() {
        return progressSummary;
    }

    public void setProgressSummary(String progressSummary) {
        this.progressSummary = progressSummary;
    }

    public String getObstacles() {
        return obstacles;
    }

    public void setObstacles(String obstacles) {
        this.obstacles = obstacles;
    }

    public String getSupportNeeded() {
        return supportNeeded;
    }

    public void setSupportNeeded(String supportNeeded) {
        this.supportNeeded = supportNeeded;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public String getManagerFeedback() {
        return managerFeedback;
    }

    public void setManagerFeedback(String managerFeedback) {
        this.managerFeedback = managerFeedback;
    }
}
