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
 * An employee's development plan and its workflow: a draft is submitted to the manager, who asks
 * for changes (with a comment) or approves it with the follow-up rhythm; the approved plan is
 * active until it is completed or closed. Each step checks the state it starts from (a wrong state
 * is a {@link PlanRefusal}) and returns the {@link PlanEvent} that records it.
 */
@Entity
@Table(name = "development_plan")
class DevelopmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long employeeId;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String strengths;
    private String developmentAreas;
    private Long currentLevelId;

    @Enumerated(EnumType.STRING)
    private CheckInFrequency rhythmFrequency;

    @Enumerated(EnumType.STRING)
    private CheckInMode rhythmMode;

    private LocalDate firstCheckInOn;
    private LocalDate nextCheckInOn;

    @Enumerated(EnumType.STRING)
    private ReportFrequency reportFrequency;

    private Instant submittedAt;
    private Instant approvedAt;
    private Long approvedBy;
    private Instant completedAt;
    private Instant closedAt;
    private Long previousPlanId;
    private Instant createdAt;
    private Instant lastActivityAt;

    protected DevelopmentPlan() {
    }

    /**
     * A new draft plan for the employee; {@code currentLevelId} is the level they hold now, if placed;
     * {@code previousPlanId} the ended plan it follows, or null.
     */
    static DevelopmentPlan start(long employeeId, PlanDetails details, Long currentLevelId, Long previousPlanId,
                                 Instant now) {
        DevelopmentPlan plan = new DevelopmentPlan();
        plan.employeeId = employeeId;
        plan.previousPlanId = previousPlanId;
        plan.status = PlanStatus.DRAFT;
        plan.currentLevelId = currentLevelId;
        plan.createdAt = now;
        plan.take(details, now);
        return plan;
    }

    /** The event that records the plan's creation (once it has an id). */
    PlanEvent created(Long actorId, Instant now) {
        return new PlanEvent(id, PlanEventKind.CREATED, actorId, false, null, now);
    }

    /** Changes the title, period, strengths and development areas; only while the plan is editable. */
    void describe(PlanDetails details, Instant now) {
        requireEditable();
        take(details, now);
    }

    private void take(PlanDetails details, Instant now) {
        this.title = details.title();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.strengths = details.strengths();
        this.developmentAreas = details.developmentAreas();
        this.lastActivityAt = now;
    }

    /** Throws unless the employee may still change the plan's content freely (draft or changes requested). */
    void requireEditable() {
        if (!status.editable()) {
            throw new PlanRefusal("plan.refused.not-editable", id);
        }
    }

    /** Sends the plan to the manager; from a draft or after changes were requested. */
    PlanEvent submit(Long actorId, Instant now) {
        if (!status.editable()) {
            throw new PlanRefusal("plan.refused.submit", id);
        }
        this.status = PlanStatus.SUBMITTED;
        this.submittedAt = now;
        this.lastActivityAt = now;
        return new PlanEvent(id, PlanEventKind.SUBMITTED, actorId, false, null, now);
    }

    /** The manager sends a submitted plan back with a comment saying what to change. */
    PlanEvent requestChanges(Long actorId, boolean actingFor, String comment, Instant now) {
        requireSubmitted();
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("a change request needs a comment");
        }
        this.status = PlanStatus.CHANGES_REQUESTED;
        this.lastActivityAt = now;
        return new PlanEvent(id, PlanEventKind.CHANGES_REQUESTED, actorId, actingFor, comment.strip(), now);
    }

    /**
     * The manager approves a submitted plan with the follow-up rhythm: the plan becomes active and
     * the first check-in is due on the agreed date.
     */
    PlanEvent approve(ApproveCommand rhythm, Long actorId, boolean actingFor, Instant now) {
        requireSubmitted();
        if (rhythm.frequency() == null || rhythm.mode() == null || rhythm.firstCheckInOn() == null) {
            throw new IllegalArgumentException("an approval needs the follow-up rhythm");
        }
        this.status = PlanStatus.ACTIVE;
        this.rhythmFrequency = rhythm.frequency();
        this.rhythmMode = rhythm.mode();
        this.firstCheckInOn = rhythm.firstCheckInOn();
        this.nextCheckInOn = rhythm.firstCheckInOn();
        this.reportFrequency = rhythm.reportFrequency();
        this.approvedAt = now;
        this.approvedBy = actorId;
        this.lastActivityAt = now;
        return new PlanEvent(id, PlanEventKind.APPROVED, actorId, actingFor, rhythm.comment(), now);
    }

    /** An active plan is done: its goals reached or its period over. */
    PlanEvent complete(Long actorId, boolean actingFor, String comment, Instant now) {
        if (status != PlanStatus.ACTIVE) {
            throw new PlanRefusal("plan.refused.complete", id);
        }
        this.status = PlanStatus.COMPLETED;
        this.completedAt = now;
        this.lastActivityAt = now;
        return new PlanEvent(id, PlanEventKind.COMPLETED, actorId, actingFor, comment, now);
    }

    /** An open plan is given up (a draft abandoned, an active plan stopped); it is kept and stays readable. */
    PlanEvent close(Long actorId, boolean actingFor, String comment, Instant now) {
        if (!PlanStatus.OPEN.contains(status)) {
            throw new PlanRefusal("plan.refused.close", id);
        }
        this.status = PlanStatus.CLOSED;
        this.closedAt = now;
        this.lastActivityAt = now;
        return new PlanEvent(id, PlanEventKind.CLOSED, actorId, actingFor, comment, now);
    }

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw new PlanRefusal("plan.refused.decide", id);
        }
    }

    /** Whether something added at this moment comes after the manager's approval. */
    boolean approvedBefore(Instant moment) {
        return approvedAt != null && moment != null && moment.isAfter(approvedAt);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getEmployeeId() {
        return employeeId;
    }

    PlanStatus getStatus() {
        return status;
    }

    String getTitle() {
        return title;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    CheckInFrequency getRhythmFrequency() {
        return rhythmFrequency;
    }

    CheckInMode getRhythmMode() {
        return rhythmMode;
    }

    LocalDate getFirstCheckInOn() {
        return firstCheckInOn;
    }

    LocalDate getNextCheckInOn() {
        return nextCheckInOn;
    }

    ReportFrequency getReportFrequency() {
        return reportFrequency;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    Long getApprovedBy() {
        return approvedBy;
    }

    Instant getLastActivityAt() {
        return lastActivityAt;
    }
}
