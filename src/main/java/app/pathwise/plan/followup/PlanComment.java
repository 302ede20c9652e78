package app.pathwise.plan.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a plan by the employee or someone in their manager line, optionally about one check-in. */
@Entity
@Table(name = "plan_comment")
class PlanComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private Long checkInId;
    private long authorId;
    private String body;
    private Instant createdAt;

    protected PlanComment() {
    }

    PlanComment(long planId, Long checkInId, long authorId, String body, Instant createdAt) {
        this.planId = planId;
        this.checkInId = checkInId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }
}
