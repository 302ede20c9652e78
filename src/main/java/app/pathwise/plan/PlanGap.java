package app.pathwise.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A gap the employee chose to work on: a competency, the level whose requirement made the gap and
 * the required and current proficiency when it was chosen. Gaps change with the plan's details,
 * under the plan's version.
 */
@Entity
@Table(name = "plan_gap")
class PlanGap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private long competencyId;
    private Long levelId;
    private short requiredLevel;
    private Short currentLevel;
    private String note;

    protected PlanGap() {
    }

    PlanGap(long planId, long competencyId, Long levelId, int requiredLevel, Integer currentLevel, String note) {
        this.planId = planId;
        this.competencyId = competencyId;
        this.levelId = levelId;
        this.requiredLevel = (short) requiredLevel;
        this.currentLevel = currentLevel == null ? null : currentLevel.shortValue();
        this.note = note;
    }

    void annotate(String note) {
        this.note = note;
    }

    Long getId() {
        return id;
    }

    long getPlanId() {
        return planId;
    }

    long getCompetencyId() {
        return competencyId;
    }
}
