package app.pathwise.careerpath.authoring;

import app.pathwise.shared.LocalizedText;
import app.pathwise.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds career-path test data with unique codes: competencies and certifications straight in SQL
 * (the competency module's tables), families, paths and levels through the authoring services.
 */
final class AuthoringFixtures {

    static final long HR_ACCOUNT = -1;

    private final JdbcTemplate jdbc;
    private final FamilyService families;
    private final PathService paths;
    private final LevelService levels;

    AuthoringFixtures(JdbcTemplate jdbc, FamilyService families, PathService paths, LevelService levels) {
        this.jdbc = jdbc;
        this.families = families;
        this.paths = paths;
        this.levels = levels;
    }

    /** A path and its open version. */
    record Draft(long pathId, long versionId, String code) {
    }

    static String code(String prefix) {
        return Fixtures.unique(prefix).toUpperCase();
    }

    long competency(String name) {
        String code = code("C");
        return jdbc.queryForObject("""
            insert into competency (code, group_id, name_en, name_vi)
            values (?, (select id from competency_group where code = 'GENERAL'), ?, ?) returning id
            """, Long.class, code, name + " " + code, name + " (vi) " + code);
    }

    String competencyCode(long id) {
        return jdbc.queryForObject("select code from competency where id = ?", String.class, id);
    }

    long certification(String name) {
        String code = code("X");
        return jdbc.queryForObject("insert into certification (code, name_en, issuer) values (?, ?, 'Issuer') returning id",
            Long.class, code, name + " " + code);
    }

    long jobTitle(String name) {
        return jdbc.queryForObject("insert into job_title (code, name) values (?, ?) returning id", Long.class,
            code("JT"), name);
    }

    long family() {
        String code = code("F");
        FormProblems problems = families.saveFamily(null, null, new FamilyService.FamilyDetails(code,
            new LocalizedText("Family " + code, "Nhóm " + code, null), LocalizedText.EMPTY, 1));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.all().toString());
        }
        return jdbc.queryForObject("select id from job_family where code = ?", Long.class, code);
    }

    /** A new path with a draft version 1 holding the given number of levels. */
    Draft draft(long familyId, int levelCount, Long competencyId) {
        String code = code("P");
        PathService.Created created = paths.createPath(new PathService.NewPath(familyId, code, PathTrack.SPECIALIST,
            new LocalizedText("Path " + code, "Lộ trình " + code, "路径 " + code), LocalizedText.EMPTY), HR_ACCOUNT);
        Draft draft = new Draft(created.pathId(), created.versionId(), code);
        for (int i = 1; i <= levelCount; i++) {
            addLevel(draft, "L" + i, "Level " + i, competencyId, Math.min(i, 5));
        }
        return draft;
    }

    void addLevel(Draft draft, String code, String title, Long competencyId, int required) {
        List<LevelDetails.Requirement> requirements = new ArrayList<>();
        if (competencyId != null) {
            requirements.add(new LevelDetails.Requirement(competencyId, required));
        }
        FormProblems problems = levels.addLevel(draft.pathId(), draft.versionId(), version(draft.versionId()),
            new LevelDetails(code, new LocalizedText(title, title + " (vi)", null), LocalizedText.EMPTY,
                LocalizedText.EMPTY, LocalizedText.EMPTY, 2, requirements, List.of(), List.of(), List.of()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.all().toString());
        }
    }

    /** Takes a draft through submission, approval and publication. */
    void publish(Draft draft, String note) {
        paths.submit(draft.pathId(), draft.versionId(), version(draft.versionId()), HR_ACCOUNT);
        paths.approve(draft.pathId(), draft.versionId(), version(draft.versionId()), -2, null);
        FormProblems problems = paths.publish(draft.pathId(), draft.versionId(), version(draft.versionId()), note);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.all().toString());
        }
    }

    long version(long versionId) {
        return jdbc.queryForObject("select version from career_path_version where id = ?", Long.class, versionId);
    }

    String status(long versionId) {
        return jdbc.queryForObject("select status from career_path_version where id = ?", String.class, versionId);
    }

    long levelId(long versionId, String code) {
        return jdbc.queryForObject("select id from career_level where path_version_id = ? and code = ?", Long.class,
            versionId, code);
    }

    List<String> levelCodes(long versionId) {
        return jdbc.queryForList("select code from career_level where path_version_id = ? order by position",
            String.class, versionId);
    }
}
