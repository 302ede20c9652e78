package app.pathwise.plan.followup.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A progress report: the period (by its first day), the progress and how what was learned was applied. */
public class ReportForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStart;

    @NotBlank
    @Size(max = RecordCheckInForm.MAX_TEXT)
    private String progress;

    @Size(max = RecordCheckInForm.MAX_TEXT)
    private String learningApplied;

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getLearningApplied() {
        return learningApplied;
    }

    public void setLearningApplied(String learningApplied) {
        this.learningApplied = learningApplied;
    }
}
