package app.pathwise.competency.web;

import app.pathwise.competency.ScaleLevelView;
import app.pathwise.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A level of the proficiency scale: label (English required) and description in three languages. */
public class ScaleLevelForm {

    @NotBlank
    @Size(max = 100)
    private String labelEn;

    @Size(max = 100)
    private String labelVi;

    @Size(max = 100)
    private String labelZh;

    @Size(max = 2000)
    private String descriptionEn;

    @Size(max = 2000)
    private String descriptionVi;

    @Size(max = 2000)
    private String descriptionZh;

    private Long version;

    static ScaleLevelForm from(ScaleLevelView level) {
        ScaleLevelForm form = new ScaleLevelForm();
        form.labelEn = level.label().en();
        form.labelVi = level.label().vi();
        form.labelZh = level.label().zh();
        form.descriptionEn = level.description().en();
        form.descriptionVi = level.description().vi();
        form.descriptionZh = level.description().zh();
        form.version = level.version();
        return form;
    }

    LocalizedText label() {
        return new LocalizedText(labelEn, labelVi, labelZh);
    }

    LocalizedText description() {
        return new LocalizedText(descriptionEn, descriptionVi, descriptionZh);
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelVi() {
        return labelVi;
    }

    public void setLabelVi(String labelVi) {
        this.labelVi = labelVi;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public void setDescriptionVi(String descriptionVi) {
        this.descriptionVi = descriptionVi;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
