package app.pathwise.objective.web;

import java.math.BigDecimal;

/** Stored values (two decimals) as people type them: 40 rather than 40.00, 100 rather than 1E+2. */
final class Values {

    private Values() {
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
