package app.pathwise.objective.domain;

import app.pathwise.objective.KeyResultKind;
import java.math.BigDecimal;
import java.time.Instant;

/** A value recorded for a key result: before and after, the note, when, by whom, from a check-in or not. */
public record UpdateEntry(long id, long keyResultId, String keyResultTitle, KeyResultKind kind, String unit,
                          BigDecimal targetValue, BigDecimal previousValue, BigDecimal value, String note,
                          Instant recordedAt, String recordedBy, boolean fromCheckIn) {
}
