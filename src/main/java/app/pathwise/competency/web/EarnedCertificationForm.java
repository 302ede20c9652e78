package app.pathwise.competency.web;

import app.pathwise.competency.EarnedCertificationDraft;
import app.pathwise.competency.EarnedCertificationView;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * That an employee earned a certification: which one (or, on a certification's holders page, who,
 * by employee number), when, until when (empty: computed from the validity) and the evidence.
 */
public class EarnedCertificationForm {

    @Size(max = 40)
    private String employeeNumber;

    private Long certificationId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate earnedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    @Size(max = 1000)
    private String evidence;

    static EarnedCertificationForm from(EarnedCertificationView record) {
        EarnedCertificationForm form = new EarnedCertificationForm();
        form.certificationId = record.certificationId();
        form.earnedOn = record.earnedOn();
        form.expiresOn = record.expiresOn();
        form.evidence = record.evidence();
        return form;
    }

    EarnedCertificationDraft toDraft() {
        return new EarnedCertificationDraft(certificationId, earnedOn, expiresOn, evidence);
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public Long getCertificationId() {
        return certificationId;
    }

    public void setCertificationId(Long certificationId) {
        this.certificationId = certificationId;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public void setEarnedOn(LocalDate earnedOn) {
        this.earnedOn = earnedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
