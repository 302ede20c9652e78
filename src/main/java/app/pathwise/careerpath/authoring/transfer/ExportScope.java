package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.careerpath.authoring.transfer.PathContents.PathInfo;

/** Which version of each path an export writes. */
public enum ExportScope {

    /** The version employees see; paths never published are left out. */
    PUBLISHED,

    /** The open version (draft, submitted or approved) where there is one, else the published one. */
    LATEST;

    Long versionOf(PathInfo path) {
        return this == PUBLISHED ? path.publishedVersionId() : path.latestVersionId();
    }
}
