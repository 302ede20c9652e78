package app.pathwise.plan;

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

/**
 * A development action of a plan: what the employee will do (a course, mentoring, a stretch
 * assignment...), the gap it closes, when it is due, and as it goes, its status, evidence and
 * completion note.
 */
@Entity
@Table(name = "development_action")
class DevelopmentAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long planId;
    private Long gapId;

    @Enumerated(EnumType.STRING)
    private ActionKind kind;

    private String title;
    private String description;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private String evidenceText;
    private String evidenceUrl;
    private String completionNote;
    private LocalDate completedOn;
    private Instant createdAt;
    private Instant updatedAt;

    protected DevelopmentAction() {
    }

    DevelopmentAction(long planId, ActionDetails details, Instant now) {
        this.planId = planId;
        this.status = ActionStatus.PLANNED;
        this.createdAt = now;
        describe(details, now);
    }

    void describe(ActionDetails details, Instant now) {
        this.kind = details.kind();
        this.title = details.title();
        this.description = details.description();
        this.gapId = details.gapId();
        this.dueOn = details.dueOn();
        this.updatedAt = now;
    }

    /** Records how the action is going; done on the first day it is marked done, not done again when reopened. */
    void recordProgress(ActionProgress progress, LocalDate today, Instant now) {
        if (progress.status() == ActionStatus.DONE) {
            if (status != ActionStatus.DONE || completedOn == null) {
                this.completedOn = today;
            }
        } else {
            this.completedOn = null;
        }
        this.status = progress.status();
        this.evidenceText = progress.evidenceText();
        this.evidenceUrl = progress.evidenceUrl();
        this.completionNote = progress.completionNote();
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

    ActionKind getKind() {
        return kind;
    }

    ActionStatus getStatus() {
        return status;
    }

    LocalDate getCompletedOn() {
        return completedOn;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
