package app.pathwise.competency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A certification of the catalogue: who issues it and for how many months it stays valid. */
@Entity
@Table(name = "certification")
class Certification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;
    private String nameEn;
    private String nameVi;
    private String nameZh;
    private String issuer;
    private Integer validityMonths;

    protected Certification() {
    }

    Certification(CertificationDraft draft) {
        describe(draft);
    }

    void describe(CertificationDraft draft) {
        this.code = draft.code();
        this.nameEn = draft.name().en();
        this.nameVi = draft.name().vi();
        this.nameZh = draft.name().zh();
        this.issuer = draft.issuer();
        this.validityMonths = draft.validityMonths();
    }

    /** When a certification earned on that day expires, or null when it never does. */
    LocalDate expiryFor(LocalDate earnedOn) {
        return validityMonths == null ? null : earnedOn.plusMonths(validityMonths);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getCode() {
        return code;
    }
}
