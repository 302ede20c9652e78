package app.pathwise.plan.followup.web;

import app.pathwise.objective.KeyResultView;
import app.pathwise.plan.followup.CheckInDraft;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One row of the check-in form: a key result's new current value and a note on what happened. */
public class KeyResultEntry {

    static final int MAX_NOTE = 2000;

    @NotNull
    private Long id;

    private BigDecimal value;

    @Size(max = MAX_NOTE)
    private String note;

    /** A row that starts from the key result's current value, as people type it (40 rather than 40.00). */
    static KeyResultEntry of(KeyResultView keyResult) {
        KeyResultEntry entry = new KeyResultEntry();
        entry.id = keyResult.id();
        entry.value = new BigDecimal(keyResult.currentValue().stripTrailingZeros().toPlainString());
        return entry;
    }

    CheckInDraft.KeyResultValue toValue() {
        return new CheckInDraft.KeyResultValue(id, value, Texts.clean(note));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
