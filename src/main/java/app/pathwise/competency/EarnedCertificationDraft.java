package app.pathwise.competency;

import java.time.LocalDate;

/**
 * That an employee earned a certification.
 *
 * @param expiresOn null to compute it from the certification's validity
 * @param evidence a note or a link, optional
 */
public record EarnedCertificationDraft(Long certificationId, LocalDate earnedOn, LocalDate expiresOn,
                                       String evidence) {

    public EarnedCertificationDraft {
        evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }
}
