package app.pathwise.careerpath.authoring;

import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a path: HR creates it (version 1, a draft), describes and submits a version; an
 * executive approves it or sends it back with a comment; HR publishes an approved version with a
 * change note, which retires the version published before; a new version starts as a copy of the
 * published one. Each step checks the state it starts from and the form's optimistic version, and
 * is audited.
 */
@Service
public class PathService {

    private static final EnumSet<VersionStatus> OPEN =
        EnumSet.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED, VersionStatus.APPROVED);

    private final JobFamilies families;
    private final CareerPaths paths;
    private final PathVersions versions;
    private final LevelStore levels;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PathService(JobFamilies families, CareerPaths paths, PathVersions versions, LevelStore levels, JdbcTemplate jdbc,
                ApplicationEventPublisher events, Clock clock) {
        this.families = families;
        this.paths = paths;
        this.versions = versions;
        this.levels = levels;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A new path: its family, code and track, and the name of its first version. */
    public record NewPath(Long familyId, String code, PathTrack track, LocalizedText name, LocalizedText description) {
    }

    /** The path and first version made, or the problems that stopped it (nothing saved). */
    public record Created(Long pathId, Long versionId, FormProblems problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    @Transactional
    public Created createPath(NewPath path, long by) {
        FormProblems problems = new FormProblems();
        if (path.familyId() == null || !families.existsById(path.familyId())) {
            problems.add("familyId", "careerpath.authoring.path.family-unknown");
        }
        if (path.code() == null || !LevelService.CODE.matcher(path.code().strip()).matches()) {
            problems.add("code", "Pattern.code");
        } else if (paths.findByCode(path.code().strip()).isPresent()) {
            problems.add("code", "careerpath.authoring.path.code-taken");
        }
        if (path.track() == null) {
            problems.add("track", "NotNull");
        }
        if (path.name().en() == null) {
            problems.add("nameEn", "NotBlank");
        }
        if (!problems.isEmpty()) {
            return new Created(null, null, problems);
        }
        Instant now = clock.instant();
        CareerPath created = paths.save(new CareerPath(path.familyId(), path.code(), path.track(),
            paths.lastPosition(path.familyId()) + 1, now));
        PathVersion version = versions.save(PathVersion.firstDraft(created.getId(), path.name(), path.description(),
            by, now));
        events.publishEvent(new AuditedChange("career-path.created", "career_path", created.getId(),
            created.getCode() + " " + path.track() + " in family " + path.familyId()));
        events.publishEvent(new AuditedChange("career-path-version.created", "career_path_version", version.getId(),
            "path " + created.getCode() + " version 1 (draft) " + path.name().en()));
        return new Created(created.getId(), version.getId(), problems);
    }

    /** Changes the name and description of a draft version. */
    @Transactional
    public FormProblems describeVersion(long pathId, long versionId, Long expectedVersion, LocalizedText name,
                                        LocalizedText description) {
        PathVersion version = find(pathId, versionId);
        version.requireDraft();
        version.checkVersion(expectedVersion);
        FormProblems problems = new FormProblems();
        if (name.en() == null) {
            problems.add("nameEn", "NotBlank");
            return problems;
        }
        String before = version.name().en();
        version.describe(name, description);
        versions.save(version);
        levels.refreshSearchText(versionId, name);
        events.publishEvent(new AuditedChange("career-path-version.updated", "career_path_version", versionId,
            "name " + before + " -> " + name.en()));
        return problems;
    }

    /**
     * Starts a new draft as a copy of the published version (levels, requirements, certifications,
     * job-title ties, moves). A path has one open version at most.
     */
    @Transactional
    public long startNewVersion(long pathId, long by) {
        CareerPath path = paths.findById(pathId).orElseThrow(NotFoundException::new);
        versions.findFirstByPathIdAndStatusIn(pathId, OPEN).ifPresent(open -> {
            throw new AuthoringRefusal("careerpath.authoring.refused.open-version-exists", pathId, open.getNumber());
        });
        PathVersion published = versions.findByPathIdAndStatus(pathId, VersionStatus.PUBLISHED)
            .orElseThrow(() -> new AuthoringRefusal("careerpath.authoring.refused.nothing-published", pathId));
        int number = versions.lastNumber(pathId) + 1;
        PathVersion draft;
        try {
            draft = versions.saveAndFlush(published.nextDraft(number, by, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new AuthoringRefusal("careerpath.authoring.refused.open-version-exists", pathId, number);
        }
        levels.copy(published.getId(), draft.getId());
        events.publishEvent(new AuditedChange("career-path-version.created", "career_path_version", draft.getId(),
            "path " + path.getCode() + " version " + number + " (draft) copied from version " + published.getNumber()));
        return draft.getId();
    }

    /** HR submits a draft for approval; returns its number of levels (the guidance is 3 to 5). */
    @Transactional
    public int submit(long pathId, long versionId, Long expectedVersion, long by) {
        PathVersion version = find(pathId, versionId);
        version.requireDraft();
        version.checkVersion(expectedVersion);
        int count = levelCount(versionId);
        if (count == 0) {
            throw new AuthoringRefusal("careerpath.authoring.refused.no-levels", pathId);
        }
        version.submit(by, clock.instant());
        versions.save(version);
        events.publishEvent(new AuditedChange("career-path-version.submitted", "career_path_version", versionId,
            "version " + version.getNumber() + " of path " + pathId + ", " + count + " levels"
                + (PathGuidance.outside(count) ? " (outside the guidance of 3 to 5)" : "")));
        return count;
    }

    /** An executive approves a submitted version, with an optional comment. */
    @Transactional
    public void approve(long pathId, long versionId, Long expectedVersion, long by, String comment) {
        PathVersion version = find(pathId, versionId);
        version.checkVersion(expectedVersion);
        version.approve(by, clock.instant(), comment);
        versions.save(version);
        events.publishEvent(new AuditedChange("career-path-version.approved", "career_path_version", versionId,
            "version " + version.getNumber() + " of path " + pathId
                + (version.getDecisionComment() == null ? "" : ": " + version.getDecisionComment())));
    }

    /** An executive sends a submitted version back to HR as a draft; the comment is required. */
    @Transactional
    public FormProblems sendBack(long pathId, long versionId, Long expectedVersion, long by, String comment) {
        PathVersion version = find(pathId, versionId);
        version.checkVersion(expectedVersion);
        if (version.getStatus() != VersionStatus.SUBMITTED) {
            throw new AuthoringRefusal("careerpath.authoring.refused.not-submitted", pathId, version.getNumber());
        }
        FormProblems problems = new FormProblems();
        if (comment == null || comment.isBlank()) {
            problems.add("comment", "careerpath.authoring.version.comment-required");
            return problems;
        }
        version.sendBack(by, clock.instant(), comment);
        versions.save(version);
        events.publishEvent(new AuditedChange("career-path-version.sent-back", "career_path_version", versionId,
            "version " + version.getNumber() + " of path " + pathId + ": " + comment.strip()));
        return problems;
    }

    /**
     * HR publishes an approved version with a change note; the version published before is
     * retired in the same transaction (it stays readable in the history).
     */
    @Transactional
    public FormProblems publish(long pathId, long versionId, Long expectedVersion, String changeNote) {
        PathVersion version = find(pathId, versionId);
        version.checkVersion(expectedVersion);
        if (version.getStatus() != VersionStatus.APPROVED) {
            throw new AuthoringRefusal("careerpath.authoring.refused.not-approved", pathId, version.getNumber());
        }
        FormProblems problems = new FormProblems();
        if (changeNote == null || changeNote.isBlank()) {
            problems.add("changeNote", "careerpath.authoring.version.change-note-required");
            return problems;
        }
        Instant now = clock.instant();
        versions.findByPathIdAndStatus(pathId, VersionStatus.PUBLISHED).ifPresent(previous -> {
            previous.retire(now);
            versions.saveAndFlush(previous);
            events.publishEvent(new AuditedChange("career-path-version.retired", "career_path_version",
                previous.getId(), "version " + previous.getNumber() + " of path " + pathId + " replaced by version "
                + version.getNumber()));
        });
        version.publish(now, changeNote);
        versions.saveAndFlush(version);
        events.publishEvent(new AuditedChange("career-path-version.published", "career_path_version", versionId,
            "version " + version.getNumber() + " of path " + pathId + ": " + changeNote.strip()));
        return problems;
    }

    private PathVersion find(long pathId, long versionId) {
        return versions.findById(versionId).filter(v -> v.getPathId() == pathId).orElseThrow(NotFoundException::new);
    }

    private int levelCount(long versionId) {
        Integer count = jdbc.queryForObject("select count(*) from career_level where path_version_id = ?",
            Integer.class, versionId);
        return count == null ? 0 : count;
    }
}
