package app.pathwise.objective.web;

import app.pathwise.objective.KeyResultView;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A key result's new current value with a note on what happened. */
public class KeyResultValueForm {

    private BigDecimal value;

    @Size(max = 2000)
    private String note;

    private Long version;

    static KeyResultValueForm of(KeyResultView keyResult) {
        KeyResultValueForm form = new KeyResultValueForm();
        form.value = Values.plain(keyResult.currentValue());
        form.version = keyResult.version();
        return form;
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
