package app.pathwise.careerpath.web.authoring;

import app.pathwise.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name and description of a draft version, in up to three languages. */
public class VersionDetailsForm {

    @NotBlank
    @Size(max = 200)
    private String nameEn;

    @Size(max = 200)
    private String nameVi;

    @Size(max = 200)
    private String nameZh;

    @Size(max = 4000)
    private String descriptionEn;

    @Size(max = 4000)
    private String descriptionVi;

    @Size(max = 4000)
    private String descriptionZh;

    private Long version;

    LocalizedText name() {
        return new LocalizedText(nameEn, nameVi, nameZh);
    }

    LocalizedText description() {
        return new LocalizedText(descriptionEn, descriptionVi, descriptionZh);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
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
