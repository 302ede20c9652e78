package app.pathwise.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A career goal of a plan, and once reached, its short retrospective (what helped, what to keep). */
@Entity
@Table(name = "career_goal")
class CareerGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long planId;

    @Enumerated(EnumType.STRING)
    private GoalHorizon horizon;

    private Long targetLevelId;
    private String targetText;
    private String why;

    @Enumerated(EnumType.STRING)
    private GoalStatus status;

    private LocalDate reachedOn;
    private String whatHelped;
    private String whatToKeep;
    private int position;

    protected CareerGoal() {
    }

    CareerGoal(long planId, GoalDetails details, int position) {
        this.planId = planId;
        this.status = GoalStatus.OPEN;
        this.position = position;
        describe(details);
    }

    void describe(GoalDetails details) {
        this.horizon = details.horizon();
        this.targetLevelId = details.targetLevelId();
        this.targetText = details.targetText();
        this.why = details.why();
    }

    /** Marks the goal reached (on the first call's date) and records what helped and what to keep. */
    void reach(LocalDate on, String helped, String keep) {
        if (status != GoalStatus.REACHED) {
            this.status = GoalStatus.REACHED;
            this.reachedOn = on;
        }
        this.whatHelped = helped;
        this.whatToKeep = keep;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getPlanId() {
        return planId;
    }

    GoalHorizon getHorizon() {
        return horizon;
    }

    GoalStatus getStatus() {
        return status;
    }

    LocalDate getReachedOn() {
        return reachedOn;
    }
}
