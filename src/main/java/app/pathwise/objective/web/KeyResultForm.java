package app.pathwise.objective.web;

import app.pathwise.objective.KeyResultKind;
import app.pathwise.objective.KeyResultView;
import app.pathwise.objective.domain.KeyResultDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A key result as typed: title, kind, start and target (numbers and percentages), unit (numbers) and
 * milestones one per line (milestones). The kind cannot change once the key result exists.
 */
public class KeyResultForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    private KeyResultKind kind = KeyResultKind.NUMBER;

    private BigDecimal startValue;

    private BigDecimal targetValue;

    @Size(max = 30)
    private String unit;

    @Size(max = 4000)
    private String milestones;

    private Long version;

    static KeyResultForm blank() {
        KeyResultForm form = new KeyResultForm();
        form.startValue = BigDecimal.ZERO;
        return form;
    }

    static KeyResultForm of(KeyResultView keyResult) {
        KeyResultForm form = new KeyResultForm();
        form.title = keyResult.title();
        form.kind = keyResult.kind();
        form.startValue = Values.plain(keyResult.startValue());
        form.targetValue = Values.plain(keyResult.targetValue());
        form.unit = keyResult.unit();
        form.milestones = String.join("\n", keyResult.milestones());
        form.version = keyResult.version();
        return form;
    }

    KeyResultDraft toDraft() {
        List<String> lines = milestones == null ? List.of() : Arrays.stream(milestones.split("\\R"))
            .map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new KeyResultDraft(title, kind, startValue, targetValue, unit, lines);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public KeyResultKind getKind() {
        return kind;
    }

    public void setKind(KeyResultKind kind) {
        this.kind = kind;
    }

    public BigDecimal getStartValue() {
        return startValue;
    }

    public void setStartValue(BigDecimal startValue) {
        this.startValue = startValue;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getMilestones() {
        return milestones;
    }

    public void setMilestones(String milestones) {
        this.milestones = milestones;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
