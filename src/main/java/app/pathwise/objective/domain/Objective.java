package app.pathwise.objective.domain;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveStatus;
import app.pathwise.objective.Period;
import app.pathwise.objective.PeriodKind;
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

/** An objective of one employee, a department or the company for a period, aligned under another. */
@Entity
@Table(name = "objective")
class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private ObjectiveScope scope;

    private Long ownerId;
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    private PeriodKind periodKind;

    private int periodYear;
    private int periodNumber;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String title;
    private String description;
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private ObjectiveStatus status;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant closedAt;

    protected Objective() {
    }

    Objective(ObjectiveScope scope, Long ownerId, Long departmentId, ObjectiveDraft draft, Instant now) {
        this.scope = scope;
        this.ownerId = ownerId;
        this.departmentId = departmentId;
        this.status = ObjectiveStatus.ACTIVE;
        this.createdAt = now;
        describe(draft, now);
    }

    void describe(ObjectiveDraft draft, Instant now) {
        Period period = draft.period();
        this.periodKind = period.kind();
        this.periodYear = period.year();
        this.periodNumber = period.number();
        this.startsOn = period.startsOn();
        this.endsOn = period.endsOn();
        this.title = draft.title().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null
            : draft.description().strip();
        this.parentId = scope == ObjectiveScope.COMPANY ? null : draft.parentId();
        this.updatedAt = now;
    }

    /** Closes the objective: its key results keep their values and take no more. */
    void close(Instant now) {
        status = ObjectiveStatus.CLOSED;
        closedAt = now;
        updatedAt = now;
    }

    void reopen(Instant now) {
        status = ObjectiveStatus.ACTIVE;
        closedAt = null;
        updatedAt = now;
    }

    boolean isActive() {
        return status == ObjectiveStatus.ACTIVE;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    ObjectiveScope getScope() {
        return scope;
    }

    Long getOwnerId() {
        return ownerId;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    Period period() {
        return new Period(periodKind, periodYear, periodNumber);
    }

    String getTitle() {
        return title;
    }

    Long getParentId() {
        return parentId;
    }

    ObjectiveStatus getStatus() {
        return status;
    }
}
