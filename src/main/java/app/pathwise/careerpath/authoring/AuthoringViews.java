package app.pathwise.careerpath.authoring;

import app.pathwise.shared.LocalizedText;
import java.time.Instant;
import java.util.List;

/** The read models of the authoring pages. */
public final class AuthoringViews {

    private AuthoringViews() {
    }

    /** A job family with its paths, for the list of families. */
    public record FamilyView(long id, long version, String code, LocalizedText name, LocalizedText description,
                             int position, List<PathRow> paths) {
    }

    /**
     * A path in the list: its latest name, the published version's number and date, and the open
     * version (draft, submitted or approved) if there is one.
     */
    public record PathRow(long id, long familyId, String code, PathTrack track, LocalizedText name,
                          Long publishedVersionId, Integer publishedNumber, Instant publishedAt, Long openVersionId,
                          Integer openNumber, VersionStatus openStatus) {

        public boolean awaitingApproval() {
            return openStatus == VersionStatus.SUBMITTED;
        }
    }

    /** A path with all its versions, newest first. */
    public record PathView(long id, String code, PathTrack track, long familyId, String familyCode,
                           LocalizedText familyName, LocalizedText name, List<VersionRow> versions) {

        public boolean hasOpenVersion() {
            return versions.stream().anyMatch(v -> v.status().isOpen());
        }

        public boolean hasPublishedVersion() {
            return versions.stream().anyMatch(v -> v.status() == VersionStatus.PUBLISHED);
        }
    }

    public record VersionRow(long id, int number, VersionStatus status, LocalizedText name, Instant createdAt,
                             Instant submittedAt, Instant decidedAt, Instant publishedAt, Instant retiredAt,
                             String changeNote, int levels) {
    }

    /** One version with its path, everything the version page shows above the levels. */
    public record VersionView(long pathId, String pathCode, PathTrack track, long familyId, LocalizedText familyName,
                              long id, long version, int number, VersionStatus status, LocalizedText name,
                              LocalizedText description, String changeNote, String decisionComment, Instant createdAt,
                              Instant submittedAt, Instant decidedAt, Instant publishedAt, Instant retiredAt) {

        /** Sent back by an executive: a draft with the executive's comment. */
        public boolean sentBack() {
            return status == VersionStatus.DRAFT && decidedAt != null && decisionComment != null;
        }
    }

    /** A version with its levels in order. */
    public record VersionPage(VersionView version, List<LevelView> levels) {

        /** Fewer than three or more than five levels: HR is warned, not stopped. */
        public boolean outsideGuidance() {
            return PathGuidance.outside(levels.size());
        }

        public int minLevels() {
            return PathGuidance.MIN_LEVELS;
        }

        public int maxLevels() {
            return PathGuidance.MAX_LEVELS;
        }
    }

    public record LevelView(long id, String code, int position, LocalizedText title, LocalizedText summary,
                            LocalizedText responsibilities, LocalizedText education, int minYearsExperience,
                            List<RequirementView> requirements, List<NamedRef> certifications,
                            List<NamedRef> jobTitles, List<MoveView> moves) {
    }

    public record RequirementView(long competencyId, String competencyCode, LocalizedText competency,
                                  int requiredLevel, LocalizedText levelLabel) {
    }

    /** A record named by id, code and name (certifications, job titles). */
    public record NamedRef(long id, String code, LocalizedText name) {
    }

    /** A lateral move with the target path's and level's current names (null when they are gone). */
    public record MoveView(long toPathId, String toPathCode, String toLevelCode, LocalizedText toPathName,
                           LocalizedText toLevelTitle, LocalizedText note) {

        public String target() {
            return toPathId + ":" + toLevelCode;
        }
    }

    /** A level of another path that a lateral move can lead to. */
    public record MoveTarget(long pathId, String pathCode, LocalizedText pathName, String levelCode,
                             LocalizedText levelTitle, int position) {

        public String value() {
            return pathId + ":" + levelCode;
        }
    }
}
