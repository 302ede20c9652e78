package app.pathwise.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a plan's workflow as kept in its history: who, when, for whom, and the comment. */
@Entity
@Table(name = "plan_event")
class PlanEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    @Enumerated(EnumType.STRING)
    private PlanEventKind kind;

    private Long actorId;
    private boolean actingFor;
    private String comment;
    private Instant occurredAt;

    protected PlanEvent() {
    }

    PlanEvent(Long planId, PlanEventKind kind, Long actorId, boolean actingFor, String comment, Instant occurredAt) {
        this.planId = planId;
        this.kind = kind;
        this.actorId = actorId;
        this.actingFor = actingFor;
        this.comment = comment;
        this.occurredAt = occurredAt;
    }

    PlanEventKind getKind() {
        return kind;
    }

    Long getActorId() {
        return actorId;
    }

    boolean isActingFor() {
        return actingFor;
    }

    String getComment() {
        return comment;
    }
}
