package app.pathwise.objective;

import java.math.BigDecimal;

/**
 * A value recorded for a key result, as another module shows it: which key result of which objective,
 * the value before and after (read with {@code kind}, {@code unit} and {@code targetValue}) and the note.
 */
public record KeyResultUpdateView(long id, long keyResultId, String keyResultTitle, String objectiveTitle,
                                  KeyResultKind kind, String unit, BigDecimal targetValue, BigDecimal previousValue,
                                  BigDecimal value, String note) {
}
