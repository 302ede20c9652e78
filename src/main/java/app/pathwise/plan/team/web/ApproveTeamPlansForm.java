package app.pathwise.plan.team.web;

import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.ReportFrequency;
import app.pathwise.plan.team.PlanChoice;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Several submitted plans approved together with one follow-up rhythm. Each ticked plan comes as
 * {@code id:version}, so a plan that changed since the list was shown is noticed.
 */
public class ApproveTeamPlansForm {

    @NotEmpty(message = "{plan.team.approve.none-selected}")
    private List<String> plans = new ArrayList<>();

    @NotNull
    private CheckInFrequency frequency = CheckInFrequency.MONTHLY;

    @NotNull
    private CheckInMode mode = CheckInMode.MEETING;

    @NotNull
    private LocalDate firstCheckInOn;

    private ReportFrequency reportFrequency;

    @Size(max = 4000)
    private String comment;

    /** Where the list was, to go back to it (a /team URL). */
    private String back;

    /** The ticked plans; null when one of them is not of the form id:version (a tampered form). */
    List<PlanChoice> choices() {
        List<PlanChoice> choices = new ArrayList<>();
        for (String plan : plans) {
            PlanChoice choice = PlanChoice.parse(plan);
            if (choice == null) {
                return null;
            }
            if (!choices.contains(choice)) {
                choices.add(choice);
            }
        }
        return choices;
    }

    /** The list to go back to: a /team URL, else the team view's first page. */
    String backUrl() {
        return back != null && (back.equals("/team") || back.startsWith("/team?")) && !back.contains("//")
            ? back : "/team";
    }

    public List<String> getPlans() {
        return plans;
    }

    public void setPlans(List<String> plans) {
        this.plans = plans == null ? new ArrayList<>() : plans;
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

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
