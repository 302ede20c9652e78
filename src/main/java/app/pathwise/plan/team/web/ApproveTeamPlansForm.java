package app.pathwise.plan.team.web;

import app.pathwise.plan.ApproveCommand;
import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.ReportFrequency;
import app.pathwise.plan.team.PlanChoice;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Several submitted plans approved together with one follow-up rhythm. Each ticked plan comes as
 * {@code id:version}, so a plan that changed since the list was shown is noticed.
 */
public class ApproveTeamPlansForm {

    /** The fields a plan's own rules may complain about. */
    static final Set<String> FIELDS = Set.of("frequency", "mode", "firstCheckInOn", "reportFrequency", "comment");

    /** Checked by the controller, so the message says what to do rather than "required". */
    private List<String> plans = new ArrayList<>();

    @NotNull
    private CheckInFrequency frequency = CheckInFrequency.MONTHLY;

    @NotNull
    private CheckInMode mode = CheckInMode.MEETING;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstCheckInOn;

    @NotNull
    private ReportFrequency reportFrequency = ReportFrequency.MONTHLY;

    @Size(max = 4000)
    private String comment;

    /** Where the list was, to go back to it (a /team URL), and its page. */
    private String back;

    private Integer page;

    ApproveCommand toCommand() {
        return new ApproveCommand(frequency, mode, firstCheckInOn, reportFrequency, comment);
    }

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

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
