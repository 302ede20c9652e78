package app.pathwise.careerpath.authoring;

import app.pathwise.careerpath.authoring.FrameworkCatalogue.CompetencyOption;
import app.pathwise.careerpath.authoring.LevelDetails.Move;
import app.pathwise.careerpath.authoring.LevelDetails.Requirement;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HR does with the levels of a draft version: add, change, reorder, remove. Every change
 * checks that the version is still a draft and still the one the form was made from, takes the
 * version's optimistic lock (so two editors of one draft cannot overwrite each other) and is audited.
 * A level with a problem is not saved at all.
 */
@Service
public class LevelService {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final PathVersions versions;
    private final LevelStore store;
    private final FrameworkCatalogue catalogue;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    LevelService(PathVersions versions, LevelStore store, FrameworkCatalogue catalogue, JdbcTemplate jdbc,
                 ApplicationEventPublisher events) {
        this.versions = versions;
        this.store = store;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Adds a level at the end of the version; returns the problems that stopped it, if any. */
    @Transactional
    public FormProblems addLevel(long pathId, long versionId, Long expectedVersion, LevelDetails level) {
        PathVersion version = draft(pathId, versionId, expectedVersion);
        FormProblems problems = check(version, null, level);
        if (!problems.isEmpty()) {
            return problems;
        }
        store.touch(versionId, version.getVersion());
        long levelId = store.insert(versionId, level, version.name());
        events.publishEvent(new AuditedChange("career-path-version.level-added", "career_path_version", versionId,
            "level " + levelId + " " + level.code() + " " + level.title().en()));
        return problems;
    }

    @Transactional
    public FormProblems updateLevel(long pathId, long versionId, long levelId, Long expectedVersion,
                                    LevelDetails level) {
        PathVersion version = draft(pathId, versionId, expectedVersion);
        LevelRef current = levelOf(versionId, levelId);
        FormProblems problems = check(version, current, level);
        if (!problems.isEmpty()) {
            return problems;
        }
        store.touch(versionId, version.getVersion());
        store.update(levelId, level, version.name());
        events.publishEvent(new AuditedChange("career-path-version.level-updated", "career_path_version", versionId,
            "level " + levelId + " " + current.code() + " -> " + level.code() + " " + level.title().en() + ", "
                + level.filledRequirements().size() + " requirements, " + level.certificationIds().size()
                + " certifications, " + level.jobTitleIds().size() + " job titles, " + level.filledMoves().size()
                + " moves"));
        return problems;
    }

    /**
     * The problems a level would have, without saving anything (for a form that already has other
     * errors, so that all of them are shown at once). {@code levelId} is null for a new level.
     */
    @Transactional(readOnly = true)
    public FormProblems checkLevel(long pathId, long versionId, Long levelId, LevelDetails level) {
        PathVersion version = versions.findById(versionId).filter(v -> v.getPathId() == pathId)
            .orElseThrow(NotFoundException::new);
        version.requireDraft();
        return check(version, levelId == null ? null : levelOf(versionId, levelId), level);
    }

    /** Moves a level one place up or down; at either end nothing changes. */
    @Transactional
    public void moveLevel(long pathId, long versionId, long levelId, Long expectedVersion, boolean up) {
        PathVersion version = draft(pathId, versionId, expectedVersion);
        LevelRef level = levelOf(versionId, levelId);
        store.touch(versionId, version.getVersion());
        if (store.swap(versionId, level.position(), up)) {
            events.publishEvent(new AuditedChange("career-path-version.level-moved", "career_path_version", versionId,
                "level " + levelId + " " + level.code() + (up ? " up" : " down") + " from " + level.position()));
        }
    }

    @Transactional
    public void removeLevel(long pathId, long versionId, long levelId, Long expectedVersion) {
        PathVersion version = draft(pathId, versionId, expectedVersion);
        LevelRef level = levelOf(versionId, levelId);
        store.touch(versionId, version.getVersion());
        store.remove(versionId, levelId, level.position());
        events.publishEvent(new AuditedChange("career-path-version.level-removed", "career_path_version", versionId,
            "level " + levelId + " " + level.code()));
    }

    private PathVersion draft(long pathId, long versionId, Long expectedVersion) {
        PathVersion version = versions.findById(versionId).filter(v -> v.getPathId() == pathId)
            .orElseThrow(NotFoundException::new);
        version.requireDraft();
        version.checkVersion(expectedVersion);
        return version;
    }

    private record LevelRef(long id, String code, int position) {
    }

    private LevelRef levelOf(long versionId, long levelId) {
        return jdbc.query("select id, code, position from career_level where id = ? and path_version_id = ?",
                (rs, n) -> new LevelRef(rs.getLong(1), rs.getString(2), rs.getInt(3)), levelId, versionId)
            .stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private FormProblems check(PathVersion version, LevelRef current, LevelDetails level) {
        FormProblems problems = new FormProblems();
        checkTexts(level, problems);
        checkCode(version, current, level, problems);
        checkRequirements(level.requirements(), problems);
        if (catalogue.existingCertifications(level.certificationIds()).size() != level.certificationIds().size()) {
            problems.add("certificationIds", "careerpath.authoring.level.certification-unknown");
        }
        if (catalogue.existingJobTitles(level.jobTitleIds()).size() != level.jobTitleIds().size()) {
            problems.add("jobTitleIds", "careerpath.authoring.level.job-title-unknown");
        }
        checkMoves(version.getPathId(), level.moves(), problems);
        return problems;
    }

    private static void checkTexts(LevelDetails level, FormProblems problems) {
        if (level.title().en() == null) {
            problems.add("titleEn", "careerpath.authoring.level.title-required");
        }
        Integer years = level.minYearsExperience();
        if (years == null) {
            problems.add("minYearsExperience", "NotNull");
        } else if (years < 0 || years > 50) {
            problems.add("minYearsExperience", "careerpath.authoring.level.years-range");
        }
    }

    private void checkCode(PathVersion version, LevelRef current, LevelDetails level, FormProblems problems) {
        if (level.code() == null || !CODE.matcher(level.code()).matches()) {
            problems.add("code", "Pattern.code");
            return;
        }
        Integer taken = jdbc.queryForObject(
            "select count(*) from career_level where path_version_id = ? and lower(code) = lower(?) and id <> ?",
            Integer.class, version.getId(), level.code(), current == null ? -1L : current.id());
        if (taken != null && taken > 0) {
            problems.add("code", "careerpath.authoring.level.code-taken");
            return;
        }
        if (current != null && !current.code().equals(level.code())) {
            Integer published = jdbc.queryForObject("""
                select count(*) from career_level l join career_path_version v on v.id = l.path_version_id
                 where v.path_id = ? and v.status in ('PUBLISHED', 'RETIRED') and l.code = ?
                """, Integer.class, version.getPathId(), current.code());
            if (published != null && published > 0) {
                problems.add("code", "careerpath.authoring.level.code-fixed", current.code());
            }
        }
    }

    private void checkRequirements(List<Requirement> requirements, FormProblems problems) {
        Map<Long, CompetencyOption> known = catalogue.competenciesById(
            requirements.stream().map(Requirement::competencyId).filter(Objects::nonNull).distinct().toList());
        boolean any = requirements.stream().anyMatch(r -> !r.blank());
        List<FrameworkCatalogue.ScaleLevel> scale = any ? catalogue.scale() : List.of();
        int top = scale.stream().mapToInt(FrameworkCatalogue.ScaleLevel::level).max().orElse(0);
        int bottom = scale.stream().mapToInt(FrameworkCatalogue.ScaleLevel::level).min().orElse(1);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < requirements.size(); i++) {
            Requirement r = requirements.get(i);
            String row = "competencies[" + i + "].";
            if (r.blank()) {
                continue;
            }
            if (r.competencyId() == null) {
                problems.add(row + "competencyId", "careerpath.authoring.level.competency-required");
            } else if (!known.containsKey(r.competencyId())) {
                problems.add(row + "competencyId", "careerpath.authoring.level.competency-unknown");
            } else if (!seen.add(r.competencyId())) {
                problems.add(row + "competencyId", "careerpath.authoring.level.competency-duplicate");
            }
            if (r.requiredLevel() == null) {
                problems.add(row + "requiredLevel", "careerpath.authoring.level.required-level-missing");
            } else if (r.requiredLevel() > top) {
                problems.add(row + "requiredLevel", "careerpath.authoring.level.required-level-above-scale", top);
            } else if (r.requiredLevel() < bottom) {
                problems.add(row + "requiredLevel", "careerpath.authoring.level.required-level-below-scale", bottom);
            }
        }
    }

    private void checkMoves(long pathId, List<Move> moves, FormProblems problems) {
        if (moves.stream().allMatch(Move::blank)) {
            return;
        }
        List<Long> paths = moves.stream().map(Move::toPathId).filter(Objects::nonNull).distinct().toList();
        Set<String> targets = new HashSet<>(jdbc.query("""
            select distinct v.path_id || ':' || l.code from career_level l
              join career_path_version v on v.id = l.path_version_id
             where v.status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED') and v.path_id = any(?)
            """, (rs, n) -> rs.getString(1), FrameworkCatalogue.array(paths)));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            String field = "moves[" + i + "].target";
            if (move.blank()) {
                continue;
            }
            String key = move.toPathId() + ":" + move.toLevelCode();
            if (move.toPathId() == null || move.toLevelCode() == null) {
                problems.add(field, "careerpath.authoring.level.move-target-required");
            } else if (move.toPathId() == pathId) {
                problems.add(field, "careerpath.authoring.level.move-own-path");
            } else if (!targets.contains(key)) {
                problems.add(field, "careerpath.authoring.level.move-target-unknown");
            } else if (!seen.add(key)) {
                problems.add(field, "careerpath.authoring.level.move-duplicate");
            }
            if (move.note().en() != null && move.note().en().length() > 1000 || move.note().vi() != null
                && move.note().vi().length() > 1000 || move.note().zh() != null && move.note().zh().length() > 1000) {
                problems.add("moves[" + i + "].noteEn", "careerpath.authoring.level.note-too-long", 1000);
            }
        }
    }
}
