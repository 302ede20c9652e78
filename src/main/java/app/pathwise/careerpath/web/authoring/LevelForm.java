package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.AuthoringViews.LevelView;
import app.pathwise.careerpath.authoring.LevelDetails;
import app.pathwise.shared.LocalizedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A level of a draft version with its requirements, job-title ties and moves. Empty requirement and move rows
 * are ignored; the others keep their row numbers, so problems show next to them.
 */
public class LevelForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String titleEn;

    @Size(max = 200)
    private String titleVi;

    @Size(max = 200)
    private String titleZh;

    @Size(max = 4000)
    private String summaryEn;

    @Size(max = 4000)
    private String summaryVi;

    @Size(max = 4000)
    private String summaryZh;

    @Size(max = 4000)
    private String responsibilitiesEn;

    @Size(max = 4000)
    private String responsibilitiesVi;

    @Size(max = 4000)
    private String responsibilitiesZh;

    @Size(max = 500)
    private String educationEn;

    @Size(max = 500)
    private String educationVi;

    @Size(max = 500)
    private String educationZh;

    @NotNull
    @Min(0)
    @Max(50)
    private Integer minYearsExperience = 0;

    @Valid
    private List<RequirementRow> competencies = new ArrayList<>();

    private List<Long> certificationIds = new ArrayList<>();

    private List<Long> jobTitleIds = new ArrayList<>();

    @Valid
    private List<MoveRow> moves = new ArrayList<>();

    private Long version;

    static final int BLANK_REQUIREMENTS = 3;
    static final int BLANK_MOVES = 2;

    /** Adds empty rows to fill in. */
    void addBlankRows(int requirements, int moves) {
        for (int i = 0; i < requirements; i++) {
            competencies.add(new RequirementRow());
        }
        for (int i = 0; i < moves; i++) {
            this.moves.add(new MoveRow());
        }
    }

    LevelDetails toDetails() {
        return new LevelDetails(code, new LocalizedText(titleEn, titleVi, titleZh),
            new LocalizedText(summaryEn, summaryVi, summaryZh),
            new LocalizedText(responsibilitiesEn, responsibilitiesVi, responsibilitiesZh),
            new LocalizedText(educationEn, educationVi, educationZh), minYearsExperience,
            competencies.stream().map(r -> new LevelDetails.Requirement(r.getCompetencyId(), r.getRequiredLevel()))
                .toList(),
            certificationIds.stream().filter(java.util.Objects::nonNull).toList(),
            jobTitleIds.stream().filter(java.util.Objects::nonNull).toList(),
            moves.stream().map(m -> m.blank() ? LevelDetails.Move.BLANK : m.toMove()).toList());
    }

    static LevelForm from(LevelView level, long version) {
        LevelForm form = new LevelForm();
        form.code = level.code();
        form.titleEn = level.title().en();
        form.titleVi = level.title().vi();
        form.titleZh = level.title().zh();
        form.summaryEn = level.summary().en();
        form.summaryVi = level.summary().vi();
        form.summaryZh = level.summary().zh();
        form.responsibilitiesEn = level.responsibilities().en();
        form.responsibilitiesVi = level.responsibilities().vi();
        form.responsibilitiesZh = level.responsibilities().zh();
        form.educationEn = level.education().en();
        form.educationVi = level.education().vi();
        form.educationZh = level.education().zh();
        form.minYearsExperience = level.minYearsExperience();
        level.requirements().forEach(r -> {
            RequirementRow row = new RequirementRow();
            row.setCompetencyId(r.competencyId());
            row.setRequiredLevel(r.requiredLevel());
            form.competencies.add(row);
        });
        level.certifications().forEach(c -> form.certificationIds.add(c.id()));
        level.jobTitles().forEach(t -> form.jobTitleIds.add(t.id()));
        level.moves().forEach(m -> {
            MoveRow row = new MoveRow();
            row.setTarget(m.target());
            row.setNoteEn(m.note().en());
            row.setNoteVi(m.note().vi());
            row.setNoteZh(m.note().zh());
            form.moves.add(row);
        });
        form.version = version;
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getSummaryVi() {
        return summaryVi;
    }

    public void setSummaryVi(String summaryVi) {
        this.summaryVi = summaryVi;
    }

    public String getSummaryZh() {
        return summaryZh;
    }

    public void setSummaryZh(String summaryZh) {
        this.summaryZh = summaryZh;
    }

    public String getResponsibilitiesEn() {
        return responsibilitiesEn;
    }

    public void setResponsibilitiesEn(String responsibilitiesEn) {
        this.responsibilitiesEn = responsibilitiesEn;
    }

    public String getResponsibilitiesVi() {
        return responsibilitiesVi;
    }

    public void setResponsibilitiesVi(String responsibilitiesVi) {
        this.responsibilitiesVi = responsibilitiesVi;
    }

    public String getResponsibilitiesZh() {
        return responsibilitiesZh;
    }

    public void setResponsibilitiesZh(String responsibilitiesZh) {
        this.responsibilitiesZh = responsibilitiesZh;
    }

    public String getEducationEn() {
        return educationEn;
    }

    public void setEducationEn(String educationEn) {
        this.educationEn = educationEn;
    }

    public String getEducationVi() {
        return educationVi;
    }

    public void setEducationVi(String educationVi) {
        this.educationVi = educationVi;
    }

    public String getEducationZh() {
        return educationZh;
    }

    public void setEducationZh(String educationZh) {
        this.educationZh = educationZh;
    }

    public Integer getMinYearsExperience() {
        return minYearsExperience;
    }

    public void setMinYearsExperience(Integer minYearsExperience) {
        this.minYearsExperience = minYearsExperience;
    }

    public List<RequirementRow> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<RequirementRow> competencies) {
        this.competencies = competencies;
    }

    public List<Long> getCertificationIds() {
        return certificationIds;
    }

    public void setCertificationIds(List<Long> certificationIds) {
        this.certificationIds = certificationIds;
    }

    public List<Long> getJobTitleIds() {
        return jobTitleIds;
    }

    public void setJobTitleIds(List<Long> jobTitleIds) {
        this.jobTitleIds = jobTitleIds;
    }

    public List<MoveRow> getMoves() {
        return moves;
    }

    public void setMoves(List<MoveRow> moves) {
        this.moves = moves;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
