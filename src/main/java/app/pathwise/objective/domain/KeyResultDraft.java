package app.pathwise.objective.domain;

import app.pathwise.objective.KeyResultKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a key result measures. For yes/no the values are 0 and 1, for milestones 0 and their number;
 * {@link KeyResultRules#normalise} fills them in.
 */
public record KeyResultDraft(String title, KeyResultKind kind, BigDecimal startValue, BigDecimal targetValue,
                             String unit, List<String> milestones) {

    public KeyResultDraft {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
