package app.pathwise.plan.followup;

import app.pathwise.plan.CheckInMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A check-in as typed: texts already trimmed, empty ones null; with the key-result values given in it,
 * in the order of the form's rows (a row's problems are reported against its position).
 */
public record CheckInDraft(LocalDate heldOn, CheckInMode mode, String progressSummary, String obstacles,
                           String supportNeeded, String nextSteps, String managerFeedback,
                           List<KeyResultValue> keyResults) {

    public CheckInDraft {
        keyResults = Collections.unmodifiableList(new ArrayList<>(keyResults == null ? List.of() : keyResults));
    }

    /**
     * A key result's value as given in the check-in form; the value is null when left empty, the note
     * is trimmed and null when empty.
     */
    public record KeyResultValue(long keyResultId, BigDecimal value, String note) {
    }
}
