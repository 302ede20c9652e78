package app.pathwise.competency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One rating of one competency of one person, never changed afterwards: history is the point. */
@Entity
@Table(name = "competency_rating")
class CompetencyRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long employeeId;
    private Long competencyId;
    private int level;

    @Enumerated(EnumType.STRING)
    private RaterKind raterKind;

    private Long raterEmployeeId;
    private String evidence;
    private String comment;
    private Instant ratedAt;

    protected CompetencyRating() {
    }

    CompetencyRating(long employeeId, RatingInput input, RaterKind kind, Long raterEmployeeId, Instant at) {
        this.employeeId = employeeId;
        this.competencyId = input.competencyId();
        this.level = input.level();
        this.raterKind = kind;
        this.raterEmployeeId = raterEmployeeId;
        this.evidence = input.evidence();
        this.comment = input.comment();
        this.ratedAt = at;
    }
}
