package app.pathwise.plan.followup;

import app.pathwise.plan.CheckInMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A check-in held on the plan's rhythm: what the employee and the manager said, and the manager's feedback. */
@Entity
@Table(name = "check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long planId;
    private LocalDate dueOn;
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private CheckInMode mode;

    private String progressSummary;
    private String obstacles;
    private String supportNeeded;
    private String nextSteps;
    private String managerFeedback;
    private long recordedBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected CheckIn() {
    }

    CheckIn(long planId, LocalDate dueOn, CheckInDraft draft, String managerFeedback, long recordedBy, Instant now) {
        this.planId = planId;
        this.dueOn = dueOn;
        this.heldOn = draft.heldOn();
        this.mode = draft.mode();
        this.progressSummary = draft.progressSummary();
        this.obstacles = draft.obstacles();
        this.supportNeeded = draft.supportNeeded();
        this.nextSteps = draft.nextSteps();
        this.managerFeedback = managerFeedback;
        this.recordedBy = recordedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The manager's feedback, given or changed later; a stale form must not overwrite someone else's. */
    void giveFeedback(String feedback, Instant now) {
        this.managerFeedback = feedback;
        this.updatedAt = now;
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
}
