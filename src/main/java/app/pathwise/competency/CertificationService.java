package app.pathwise.competency;

import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR keeps the certification catalogue and records the certifications employees earn. Audited. */
@Service
public class CertificationService {

    public static final int EVIDENCE_MAX = 1000;

    private final Certifications certifications;
    private final EarnedCertifications earned;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificationService(Certifications certifications, EarnedCertifications earned,
                         ApplicationEventPublisher events, Clock clock) {
        this.certifications = certifications;
        this.earned = earned;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a certification to the catalogue (id null) or changes one; a stale version is a conflict. */
    @Transactional
    public FrameworkOutcome saveCertification(Long id, Long expectedVersion, CertificationDraft draft) {
        Certification certification = null;
        if (id != null) {
            certification = certifications.findById(id).orElseThrow(NotFoundException::new);
            if (expectedVersion == null || certification.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(Certification.class, id);
            }
        }
        FrameworkProblems problems = new FrameworkProblems();
        if (draft.code().isEmpty()) {
            problems.add("code", "NotBlank");
        } else if (!CompetencyService.CODE.matcher(draft.code()).matches()) {
            problems.add("code", "Pattern.code");
        } else {
            certifications.findByCodeIgnoreCase(draft.code()).filter(other -> !Objects.equals(other.getId(), id))
                .ifPresent(other -> problems.add("code", "competency.certification.code-taken"));
        }
        if (draft.name().en() == null) {
            problems.add("nameEn", "NotBlank");
        }
        if (draft.validityMonths() != null && draft.validityMonths() <= 0) {
            problems.add("validityMonths", "competency.certification.validity-positive");
        }
        if (!problems.isEmpty()) {
            return FrameworkOutcome.refused(problems);
        }
        String summary = "code=" + draft.code() + ", name=" + draft.name().en() + ", issuer=" + draft.issuer()
            + ", validity=" + draft.validityMonths();
        if (certification == null) {
            certification = certifications.save(new Certification(draft));
            events.publishEvent(new AuditedChange("certification.created", "certification", certification.getId(),
                summary));
        } else {
            certification.describe(draft);
            certifications.save(certification);
            events.publishEvent(new AuditedChange("certification.updated", "certification", id, summary));
        }
        return FrameworkOutcome.saved(certification.getId());
    }

    /**
     * Records that an employee earned a certification. Without an expiry date, it is computed from
     * the certification's validity (none when the certification never expires).
     */
    @Transactional
    public FrameworkOutcome recordEarned(long employeeId, EarnedCertificationDraft draft) {
        FrameworkProblems problems = check(draft);
        if (!problems.isEmpty()) {
            return FrameworkOutcome.refused(problems);
        }
        Certification certification = certifications.findById(draft.certificationId()).orElseThrow();
        EarnedCertification record = earned.save(new EarnedCertification(employeeId, certification.getId(),
            draft.earnedOn(), expiry(certification, draft), draft.evidence(), clock.instant()));
        events.publishEvent(new AuditedChange("employee-certification.recorded", "employee_certification",
            record.getId(), record.describe()));
        return FrameworkOutcome.saved(record.getId());
    }

    /** Corrects a record of the employee's; the expiry is computed again when left empty. */
    @Transactional
    public FrameworkOutcome correctEarned(long employeeId, long recordId, EarnedCertificationDraft draft) {
        EarnedCertification record = recordOf(employeeId, recordId);
        FrameworkProblems problems = check(draft);
        if (!problems.isEmpty()) {
            return FrameworkOutcome.refused(problems);
        }
        Certification certification = certifications.findById(draft.certificationId()).orElseThrow();
        String before = record.describe();
        record.correct(certification.getId(), draft.earnedOn(), expiry(certification, draft), draft.evidence());
        earned.save(record);
        events.publishEvent(new AuditedChange("employee-certification.updated", "employee_certification",
            recordId, before + " -> " + record.describe()));
        return FrameworkOutcome.saved(recordId);
    }

    /** Removes a record entered by mistake. */
    @Transactional
    public void removeEarned(long employeeId, long recordId) {
        EarnedCertification record = recordOf(employeeId, recordId);
        earned.delete(record);
        events.publishEvent(new AuditedChange("employee-certification.removed", "employee_certification",
            recordId, record.describe()));
    }

    private EarnedCertification recordOf(long employeeId, long recordId) {
        return earned.findById(recordId).filter(r -> r.getEmployeeId() == employeeId)
            .orElseThrow(NotFoundException::new);
    }

    private FrameworkProblems check(EarnedCertificationDraft draft) {
        FrameworkProblems problems = new FrameworkProblems();
        if (draft.certificationId() == null || !certifications.existsById(draft.certificationId())) {
            problems.add("certificationId", "competency.earned.certification-required");
        }
        if (draft.earnedOn() == null) {
            problems.add("earnedOn", "NotNull");
        } else if (draft.earnedOn().isAfter(LocalDate.now(clock))) {
            problems.add("earnedOn", "PastOrPresent");
        } else if (draft.expiresOn() != null && draft.expiresOn().isBefore(draft.earnedOn())) {
            problems.add("expiresOn", "competency.earned.expiry-before-earned");
        }
        if (draft.evidence() != null && draft.evidence().length() > EVIDENCE_MAX) {
            problems.add("evidence", "competency.earned.evidence-too-long", EVIDENCE_MAX);
        }
        return problems;
    }

    private static LocalDate expiry(Certification certification, EarnedCertificationDraft draft) {
        return draft.expiresOn() != null ? draft.expiresOn() : certification.expiryFor(draft.earnedOn());
    }
}
