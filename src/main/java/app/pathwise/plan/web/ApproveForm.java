package app.pathwise.plan.web;

import app.pathwise.plan.ApproveCommand;
import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.ReportFrequency;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The manager's approval: the follow-up rhythm and an optional comment. */
public class ApproveForm {

    private Long version;

    @NotNull
    private CheckInFrequency frequency;

    @NotNull
    private CheckInMode mode;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstCheckInOn;

    @NotNull
    private ReportFrequency reportFrequency;

    @Size(max = 4000)
    private String comment;

    /** A monthly 1:1 meeting from two weeks ahead, with monthly reports, as the form suggests. */
    static ApproveForm suggested(long version, LocalDate today) {
        ApproveForm form = new ApproveForm();
        form.version = version;
        form.frequency = CheckInFrequency.MONTHLY;
        form.mode = CheckInMode.MEETING;
        form.firstCheckInOn = today.plusWeeks(2);
        form.reportFrequency = ReportFrequency.MONTHLY;
        return form;
    }

    ApproveCommand toCommand() {
        return new ApproveCommand(frequency, mode, firstCheckInOn, reportFrequency, comment);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public CheckInFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(CheckInFrequency frequency) {
        this.frequency = frequency;
    }

    public CheckInMode getMode() {
        return mode;
    }

    public void setMode(CheckInMode mode) {
        this.mode = mode;
    }

    public LocalDate getFirstCheckInOn() {
        return firstCheckInOn;
    }

    public void setFirstCheckInOn(LocalDate firstCheckInOn) {
        this.firstCheckInOn = firstCheckInOn;
    }

    public ReportFrequency getReportFrequency() {
        return reportFrequency;
    }

    public void setReportFrequency(ReportFrequency reportFrequency) {
        this.reportFrequency = reportFrequency;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
