package app.pathwise.plan.web;

import app.pathwise.plan.GapChoice;
import app.pathwise.plan.PlanDetails;
import app.pathwise.plan.PlanView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A plan's details and the gaps chosen, as the employee edits them; {@code target} is the analysis target. */
public class PlanDetailsForm {

    private Long version;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @Size(max = 4000)
    private String strengths;

    @Size(max = 4000)
    private String developmentAreas;

    private Long target;

    private List<Long> gapIds = new ArrayList<>();

    static PlanDetailsForm from(PlanView plan, Long target) {
        PlanDetailsForm form = new PlanDetailsForm();
        form.version = plan.version();
        form.title = plan.title();
        form.startsOn = plan.startsOn();
        form.endsOn = plan.endsOn();
        form.strengths = plan.strengths();
        form.developmentAreas = plan.developmentAreas();
        form.target = target;
        plan.gaps().forEach(g -> form.gapIds.add(g.competencyId()));
        return form;
    }

    PlanDetails toDetails() {
        return new PlanDetails(title, startsOn, endsOn, strengths, developmentAreas);
    }

    List<GapChoice> toGaps(PlanView plan) {
        return gapIds.stream().filter(Objects::nonNull).map(id -> new GapChoice(id, plan.gaps().stream()
            .filter(g -> g.competencyId() == id).findFirst().map(PlanView.Gap::note).orElse(null))).toList();
    }

    static String field(String problemField) {
        return "gaps".equals(problemField) ? "gapIds" : problemField;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getDevelopmentAreas() {
        return developmentAreas;
    }

    public void setDevelopmentAreas(String developmentAreas) {
        this.developmentAreas = developmentAreas;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public List<Long> getGapIds() {
        return gapIds;
    }

    public void setGapIds(List<Long> gapIds) {
        this.gapIds = gapIds == null ? new ArrayList<>() : gapIds;
    }
}
