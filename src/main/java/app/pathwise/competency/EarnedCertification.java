package app.pathwise.competency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** That an employee earned a certification on a day, until when it is valid, and the evidence. */
@Entity
@Table(name = "employee_certification")
class EarnedCertification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long employeeId;
    private Long certificationId;
    private LocalDate earnedOn;
    private LocalDate expiresOn;
    private String evidence;
    private Instant recordedAt;

    protected EarnedCertification() {
    }

    EarnedCertification(long employeeId, long certificationId, LocalDate earnedOn, LocalDate expiresOn,
                        String evidence, Instant now) {
        this.employeeId = employeeId;
        this.recordedAt = now;
        correct(certificationId, earnedOn, expiresOn, evidence);
    }

    void correct(long certificationId, LocalDate earnedOn, LocalDate expiresOn, String evidence) {
        this.certificationId = certificationId;
        this.earnedOn = earnedOn;
        this.expiresOn = expiresOn;
        this.evidence = evidence;
    }

    Long getId() {
        return id;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    Long getCertificationId() {
        return certificationId;
    }

    String describe() {
        return "employee=" + employeeId + ", certification=" + certificationId + ", earned=" + earnedOn
            + ", expires=" + expiresOn;
    }
}
