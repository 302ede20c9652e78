package app.pathwise.objective.domain;

import app.pathwise.objective.KeyResultKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A measurable result of an objective, from a start value to a target value, with its current value. */
@Entity
@Table(name = "key_result")
class KeyResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long objectiveId;
    private String title;

    @Enumerated(EnumType.STRING)
    private KeyResultKind kind;

    private BigDecimal startValue;
    private BigDecimal targetValue;
    private BigDecimal currentValue;
    private String unit;
    private int position;
    private Instant createdAt;
    private Instant updatedAt;

    protected KeyResult() {
    }

    /** A new key result starts at its start value. */
    KeyResult(long objectiveId, KeyResultDraft draft, int position, Instant now) {
        this.objectiveId = objectiveId;
        this.kind = draft.kind();
        this.position = position;
        this.createdAt = now;
        redefine(draft, now);
        this.currentValue = startValue;
    }

    /** Changes what it measures; the kind stays and the current value is kept. */
    void redefine(KeyResultDraft draft, Instant now) {
        this.title = draft.title().strip();
        this.startValue = draft.startValue();
        this.targetValue = draft.targetValue();
        this.unit = kind == KeyResultKind.NUMBER && draft.unit() != null && !draft.unit().isBlank()
            ? draft.unit().strip() : null;
        this.updatedAt = now;
    }

    /** Records a new current value; returns the previous one. */
    BigDecimal record(BigDecimal value, Instant now) {
        BigDecimal previous = currentValue;
        currentValue = value;
        updatedAt = now;
        return previous;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getObjectiveId() {
        return objectiveId;
    }

    String getTitle() {
        return title;
    }

    KeyResultKind getKind() {
        return kind;
    }

    BigDecimal getStartValue() {
        return startValue;
    }

    BigDecimal getTargetValue() {
        return targetValue;
    }

    BigDecimal getCurrentValue() {
        return currentValue;
    }
}
