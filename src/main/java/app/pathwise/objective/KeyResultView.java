package app.pathwise.objective;

import java.math.BigDecimal;
import java.util.List;

/**
 * A key result as read: its kind, start, target and current values, unit, progress in percent (0 to
 * 100) and whether it is behind the expected pace of its objective's period.
 *
 * @param milestones for {@link KeyResultKind#MILESTONE}, the milestones in the order they are reached
 *     (the first {@code currentValue} of them are reached); empty for the other kinds
 */
public record KeyResultView(long id, long version, long objectiveId, String title, KeyResultKind kind,
                            BigDecimal startValue, BigDecimal targetValue, BigDecimal currentValue, String unit,
                            int position, int progress, boolean behind, List<String> milestones) {

    public KeyResultView {
        milestones = List.copyOf(milestones);
    }

    /** What is wrong with this value as a new current value, as a message key, or null when it is fine. */
    public String problemWith(BigDecimal value) {
        return kind.problemWith(value, targetValue);
    }

    /** For milestones: how many are reached. */
    public int milestonesReached() {
        return currentValue.intValue();
    }

    /** For yes/no: whether it is done. */
    public boolean done() {
        return currentValue.signum() > 0 && kind == KeyResultKind.BOOLEAN;
    }
}
