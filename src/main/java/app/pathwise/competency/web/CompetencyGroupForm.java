package app.pathwise.competency.web;

import app.pathwise.competency.CompetencyGroupView;
import app.pathwise.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A competency group: code and name in three languages (English required). */
public class CompetencyGroupForm {

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

    private Long version;

    static CompetencyGroupForm from(CompetencyGroupView group) {
        CompetencyGroupForm form = new CompetencyGroupForm();
        form.code = group.code();
        form.nameEn = group.name().en();
        form.nameVi = group.name().vi();
        form.nameZh = group.name().zh();
        form.version = group.version();
        return form;
    }

    LocalizedText name() {
        return new LocalizedText(nameEn, nameVi, nameZh);
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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
