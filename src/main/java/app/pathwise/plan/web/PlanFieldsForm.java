package app.pathwise.plan.web;

import app.pathwise.plan.PlanDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What starting a plan and editing its details share: title, period, strengths, development areas,
 * the gaps chosen and the level the gap analysis was made against ({@code target}).
 */
public abstract class PlanFieldsForm {

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

    PlanDetails toDetails() {
        return new PlanDetails(title, startsOn, endsOn, strengths, developmentAreas);
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
