package app.pathwise.plan.followup.web;

import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.followup.CheckInDraft;
import app.pathwise.plan.followup.NewCheckInPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new check-in: when and how it was held and what was said. The manager's feedback is kept only
 * when the reviewer records it. One row per key result of the employee's active personal objectives
 * carries its new value and a note.
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

    /** At most a few hundred: an employee has a handful of key results; more is not a form people sent. */
    @Size(max = 200)
    private List<@Valid KeyResultEntry> keyResults = new ArrayList<>();

    /** Held today, in the way the rhythm agreed, with every key result at its current value. */
    static RecordCheckInForm blank(NewCheckInPage page, LocalDate today) {
        RecordCheckInForm form = new RecordCheckInForm();
        form.heldOn = today;
        form.mode = page.plan().mode() == null ? CheckInMode.MEETING : page.plan().mode();
        page.objectives().forEach(o -> o.keyResults().forEach(k -> form.keyResults.add(KeyResultEntry.of(k))));
        return form;
    }

    CheckInDraft toDraft() {
        return new CheckInDraft(heldOn, mode, Texts.clean(progressSummary), Texts.clean(obstacles),
            Texts.clean(supportNeeded), Texts.clean(nextSteps), Texts.clean(managerFeedback),
            keyResults.stream().map(KeyResultEntry::toValue).toList());
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

    public List<KeyResultEntry> getKeyResults() {
        return keyResults;
    }

    public void setKeyResults(List<KeyResultEntry> keyResults) {
        this.keyResults = keyResults;
    }
}
