package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.FamilyService;
import app.pathwise.shared.LocalizedText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A job family: code, name and description in up to three languages, and its place in the list. */
public class FamilyForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String code;

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

    @NotNull
    @Min(0)
    @Max(100000)
    private Integer position = 0;

    private Long version;

    FamilyService.FamilyDetails toDetails() {
        return new FamilyService.FamilyDetails(code, new LocalizedText(nameEn, nameVi, nameZh),
            new LocalizedText(descriptionEn, descriptionVi, descriptionZh),
            position == null ? 0 : position);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
