package app.pathwise.careerpath.web.authoring;


/** One row of a level's competency requirements; a row left empty is ignored. */
public class RequirementRow {

    private Long competencyId;

    private Integer requiredLevel;

    boolean blank() {
        return competencyId == null && requiredLevel == null;
    }

    public Long getCompetencyId() {
        return competencyId;
    }

    public void setCompetencyId(Long competencyId) {
        this.competencyId = competencyId;
    }

    public Integer getRequiredLevel() {
        return requiredLevel;
    }

    public void setRequiredLevel(Integer requiredLevel) {
        this.requiredLevel = requiredLevel;
    }
}
