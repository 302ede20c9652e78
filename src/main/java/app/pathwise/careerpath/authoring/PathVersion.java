package app.pathwise.careerpath.authoring;

import app.pathwise.shared.LocalizedText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One version of a path and its place in the lifecycle: draft, submitted, approved (or sent back to
 * draft with a comment), published, retired. Each step checks the state it starts from; the
 * optimistic version catches two people acting on the same version at once.
 */
@Entity
@Table(name = "career_path_version")
class PathVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long pathId;
    private int number;

    @Enumerated(EnumType.STRING)
    private VersionStatus status;

    private String nameEn;
    private String nameVi;
    private String nameZh;
    private String descriptionEn;
    private String descriptionVi;
    private String descriptionZh;
    private String changeNote;
    private Long createdBy;
    private Instant createdAt;
    private Long submittedBy;
    private Instant submittedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private String decisionComment;
    private Instant publishedAt;
    private Instant retiredAt;

    protected PathVersion() {
    }

    private PathVersion(long pathId, int number, LocalizedText name, LocalizedText description, long by,
                        Instant now) {
        this.pathId = pathId;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        setText(name, description);
    }

    static PathVersion firstDraft(long pathId, LocalizedText name, LocalizedText description, long by,
                                  Instant now) {
        return new PathVersion(pathId, 1, name, description, by, now);
    }

    /** A new draft that starts as a copy of this version's name and description. */
    PathVersion nextDraft(int number, long by, Instant now) {
        return new PathVersion(pathId, number, name(), description(), by, now);
    }

    void describe(LocalizedText name, LocalizedText description) {
        requireDraft();
        setText(name, description);
    }

    void submit(long by, Instant now) {
        require(VersionStatus.DRAFT, "careerpath.authoring.refused.not-draft");
        status = VersionStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = now;
    }

    /** An executive approves; the one who submitted may not approve their own version. */
    void approve(long by, Instant now, String comment) {
        require(VersionStatus.SUBMITTED, "careerpath.authoring.refused.not-submitted");
        if (submittedBy != null && submittedBy == by) {
            throw new AuthoringRefusal("careerpath.authoring.refused.own-submission", pathId);
        }
        status = VersionStatus.APPROVED;
        decidedBy = by;
        decidedAt = now;
        decisionComment = blankToNull(comment);
    }

    /** An executive sends the version back to HR as a draft, saying why. */
    void sendBack(long by, Instant now, String comment) {
        require(VersionStatus.SUBMITTED, "careerpath.authoring.refused.not-submitted");
        if (blankToNull(comment) == null) {
            throw new IllegalArgumentException("a comment is required");
        }
        status = VersionStatus.DRAFT;
        decidedBy = by;
        decidedAt = now;
        decisionComment = comment.strip();
    }

    void publish(Instant now, String note) {
        require(VersionStatus.APPROVED, "careerpath.authoring.refused.not-approved");
        if (blankToNull(note) == null) {
            throw new IllegalArgumentException("a change note is required");
        }
        status = VersionStatus.PUBLISHED;
        publishedAt = now;
        changeNote = note.strip();
    }

    void retire(Instant now) {
        require(VersionStatus.PUBLISHED, "careerpath.authoring.refused.not-published");
        status = VersionStatus.RETIRED;
        retiredAt = now;
    }

    void requireDraft() {
        require(VersionStatus.DRAFT, "careerpath.authoring.refused.not-draft");
    }

    /** Throws the conflict answer when the form was made from an older state of this version. */
    void checkVersion(Long expected) {
        if (expected == null || expected != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PathVersion.class, id);
        }
    }

    private void require(VersionStatus expected, String refusal) {
        if (status != expected) {
            throw new AuthoringRefusal(refusal, pathId, number);
        }
    }

    private void setText(LocalizedText name, LocalizedText description) {
        this.nameEn = name.en();
        this.nameVi = name.vi();
        this.nameZh = name.zh();
        this.descriptionEn = description.en();
        this.descriptionVi = description.vi();
        this.descriptionZh = description.zh();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getPathId() {
        return pathId;
    }

    int getNumber() {
        return number;
    }

    VersionStatus getStatus() {
        return status;
    }

    LocalizedText name() {
        return new LocalizedText(nameEn, nameVi, nameZh);
    }

    LocalizedText description() {
        return new LocalizedText(descriptionEn, descriptionVi, descriptionZh);
    }

    String getChangeNote() {
        return changeNote;
    }

    String getDecisionComment() {
        return decisionComment;
    }
}
