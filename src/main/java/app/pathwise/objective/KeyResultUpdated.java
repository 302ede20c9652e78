package app.pathwise.objective;

import java.math.BigDecimal;
import java.time.Instant;

/** A value recorded for a key result: what it was, what it is now and the key result's new progress. */
public record KeyResultUpdated(long updateId, long keyResultId, long objectiveId, BigDecimal previousValue,
                               BigDecimal value, int progress, Instant recordedAt) {
}
