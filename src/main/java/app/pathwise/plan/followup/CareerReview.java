package app.pathwise.plan.followup;

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

/** The yearly career review of a plan: its outcome and the change in readiness, recorded once. */
@Entity
@Table(name = "career_review")
class CareerReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long planId;
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;

    private Integer readinessBefore;
    private Integer readinessAfter;
    private String summary;
    private String adjustments;
    private long recordedBy;
    private Instant createdAt;

    protected CareerReview() {
    }

    CareerReview(long planId, ReviewDraft draft, long recordedBy, Instant now) {
        this.planId = planId;
        this.heldOn = draft.heldOn();
        this.outcome = draft.outcome();
        this.readinessBefore = draft.readinessBefore();
        this.readinessAfter = draft.readinessAfter();
        this.summary = draft.summary();
        this.adjustments = draft.adjustments();
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }
}
