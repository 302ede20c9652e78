package app.pathwise.objective;

import java.math.BigDecimal;

/**
 * How a key result is measured. Every kind runs from a start value to a target value, so progress is
 * always the share of that way covered: a number or a percentage between any two different values, a
 * yes/no from 0 (no) to 1 (yes), and milestones from 0 to their number, reached in order.
 */
public enum KeyResultKind {
    NUMBER, PERCENTAGE, BOOLEAN, MILESTONE;

    /** The most milestones a key result may have. */
    public static final int MAX_MILESTONES = 12;
    /** Values are kept with two decimals, below this size. */
    static final BigDecimal LIMIT = new BigDecimal("1000000000000");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * What is wrong with a value recorded for a key result of this kind with the given target (which
     * for milestones is their number), as a message key of this module, or null when it is fine.
     */
    public String problemWith(BigDecimal value, BigDecimal target) {
        if (value == null) {
            return "objective.value.required";
        }
        String number = numberProblem(value);
        if (number != null) {
            return number;
        }
        return switch (this) {
            case NUMBER -> null;
            case PERCENTAGE -> value.signum() < 0 || value.compareTo(HUNDRED) > 0 ? "objective.value.percentage-range"
                : null;
            case BOOLEAN -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0 ? null
                : "objective.value.boolean";
            case MILESTONE -> value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                || target != null && value.compareTo(target) > 0 ? "objective.value.milestone-range" : null;
        };
    }

    /** What is wrong with a number as such: too many decimals or too large; null when it is fine. */
    static String numberProblem(BigDecimal value) {
        if (value.stripTrailingZeros().scale() > 2) {
            return "objective.value.decimals";
        }
        return value.abs().compareTo(LIMIT) >= 0 ? "objective.value.too-large" : null;
    }
}
