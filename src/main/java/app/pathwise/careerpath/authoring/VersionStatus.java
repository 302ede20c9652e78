package app.pathwise.careerpath.authoring;

/**
 * Where a version of a path is in its life: HR drafts and submits it, an executive approves it or
 * sends it back, HR publishes it; publishing the next version retires it. Draft, submitted and
 * approved versions are "open": a path has at most one of them.
 */
public enum VersionStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED, RETIRED;

    public boolean isOpen() {
        return this == DRAFT || this == SUBMITTED || this == APPROVED;
    }
}
