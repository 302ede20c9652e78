package app.pathwise.plan.followup.web;

import app.pathwise.plan.followup.ReadinessHint;
import app.pathwise.plan.followup.ReviewDraft;
import app.pathwise.plan.followup.ReviewOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The yearly career review: when, the outcome, readiness before and after (0–100), summary, adjustments. */
public class ReviewForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotNull
    private ReviewOutcome outcome;

    @Min(0)
    @Max(100)
    private Integer readinessBefore;

    @Min(0)
    @Max(100)
    private Integer readinessAfter;

    @NotBlank
    @Size(max = RecordCheckInForm.MAX_TEXT)
    private String summary;

    @Size(max = RecordCheckInForm.MAX_TEXT)
    private String adjustments;

    /** Held today, readiness as suggested. */
    static ReviewForm blank(ReadinessHint hint, LocalDate today) {
        ReviewForm form = new ReviewForm();
        form.heldOn = today;
        form.readinessBefore = hint.before();
        form.readinessAfter = hint.after();
        return form;
    }

    ReviewDraft toDraft() {
        return new ReviewDraft(heldOn, outcome, readinessBefore, readinessAfter, Texts.clean(summary),
            Texts.clean(adjustments));
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReviewOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getReadinessBefore() {
        return readinessBefore;
    }

    public void setReadinessBefore(Integer readinessBefore) {
        this.readinessBefore = readinessBefore;
    }

    public Integer getReadinessAfter() {
        return readinessAfter;
    }

    public void setReadinessAfter(Integer readinessAfter) {
        this.readinessAfter = readinessAfter;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAdjustments() {
        return adjustments;
    }

    public void setAdjustments(String adjustments) {
        this.adjustments = adjustments;
    }
}
