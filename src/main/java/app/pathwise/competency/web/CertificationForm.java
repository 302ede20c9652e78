package app.pathwise.competency.web;

import app.pathwise.competency.CertificationDraft;
import app.pathwise.competency.CertificationView;
import app.pathwise.shared.LocalizedText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A certification of the catalogue: code, name in three languages, issuer, validity in months. */
public class CertificationForm {

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

    @Size(max = 200)
    private String issuer;

    @Positive(message = "{competency.certification.validity-positive}")
    private Integer validityMonths;

    private Long version;

    static CertificationForm from(CertificationView certification) {
        CertificationForm form = new CertificationForm();
        form.code = certification.code();
        form.nameEn = certification.name().en();
        form.nameVi = certification.name().vi();
        form.nameZh = certification.name().zh();
        form.issuer = certification.issuer();
        form.validityMonths = certification.validityMonths();
        form.version = certification.version();
        return form;
    }

    CertificationDraft toDraft() {
        return new CertificationDraft(code, new LocalizedText(nameEn, nameVi, nameZh), issuer, validityMonths);
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

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
