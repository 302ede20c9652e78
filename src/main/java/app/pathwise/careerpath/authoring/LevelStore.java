package app.pathwise.careerpath.authoring;

import app.pathwise.people.SearchText;
import app.pathwise.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes levels and what hangs off them (requirements, certifications, job-title ties, moves) in
 * SQL: a level's children are replaced as a whole when it is saved, and a new version copies a
 * whole version in a fixed number of statements. Positions are kept 1..n without gaps.
 */
@Component
class LevelStore {

    private final JdbcTemplate jdbc;

    LevelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long versionId, LevelDetails level, LocalizedText pathName) {
        long id = jdbc.queryForObject("""
            insert into career_level (path_version_id, code, position, title_en, title_vi, title_zh, summary_en,
                                      summary_vi, summary_zh, responsibilities_en, responsibilities_vi,
                                      responsibilities_zh, education_en, education_vi, education_zh,
                                      min_years_experience, search_text)
            values (?, ?, (select coalesce(max(position), 0) + 1 from career_level where path_version_id = ?),
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id
            """, Long.class, versionId, level.code(), versionId, level.title().en(), level.title().vi(),
            level.title().zh(), level.summary().en(), level.summary().vi(), level.summary().zh(),
            level.responsibilities().en(), level.responsibilities().vi(), level.responsibilities().zh(),
            level.education().en(), level.education().vi(), level.education().zh(), years(level),
            searchText(level.title(), pathName));
        writeChildren(id, level);
        return id;
    }

    void update(long levelId, LevelDetails level, LocalizedText pathName) {
        jdbc.update("""
            update career_level set code = ?, title_en = ?, title_vi = ?, title_zh = ?, summary_en = ?,
                   summary_vi = ?, summary_zh = ?, responsibilities_en = ?, responsibilities_vi = ?,
                   responsibilities_zh = ?, education_en = ?, education_vi = ?, education_zh = ?,
                   min_years_experience = ?, search_text = ?
             where id = ?
            """, level.code(), level.title().en(), level.title().vi(), level.title().zh(), level.summary().en(),
            level.summary().vi(), level.summary().zh(), level.responsibilities().en(), level.responsibilities().vi(),
            level.responsibilities().zh(), level.education().en(), level.education().vi(), level.education().zh(),
            years(level), searchText(level.title(), pathName), levelId);
        jdbc.update("delete from level_competency where level_id = ?", levelId);
        jdbc.update("delete from level_certification where level_id = ?", levelId);
        jdbc.update("delete from level_job_title where level_id = ?", levelId);
        jdbc.update("delete from level_move where level_id = ?", levelId);
        writeChildren(levelId, level);
    }

    /**
     * Swaps the level with its neighbour above or below; nothing happens at either end. Positions
     * are unique and checked row by row, so the two rows pass through negative positions.
     */
    boolean swap(long versionId, int position, boolean up) {
        int other = up ? position - 1 : position + 1;
        Integer count = jdbc.queryForObject(
            "select count(*) from career_level where path_version_id = ? and position in (?, ?)", Integer.class,
            versionId, position, other);
        if (count == null || count < 2) {
            return false;
        }
        jdbc.update("update career_level set position = -position where path_version_id = ? and position in (?, ?)",
            versionId, position, other);
        jdbc.update("""
            update career_level set position = case when position = ? then ? else ? end
             where path_version_id = ? and position in (?, ?)
            """, -position, other, position, versionId, -position, -other);
        return true;
    }

    void remove(long versionId, long levelId, int position) {
        jdbc.update("delete from career_level where id = ?", levelId);
        jdbc.update("update career_level set position = -position where path_version_id = ? and position > ?",
            versionId, position);
        jdbc.update("update career_level set position = -position - 1 where path_version_id = ? and position < 0",
            versionId);
    }

    /** Copies every level of one version, with its requirements, ties and moves, into another. */
    void copy(long fromVersionId, long toVersionId) {
        jdbc.update("""
            insert into career_level (path_version_id, code, position, title_en, title_vi, title_zh, summary_en,
                                      summary_vi, summary_zh, responsibilities_en, responsibilities_vi,
                                      responsibilities_zh, education_en, education_vi, education_zh,
                                      min_years_experience, search_text)
            select ?, code, position, title_en, title_vi, title_zh, summary_en, summary_vi, summary_zh,
                   responsibilities_en, responsibilities_vi, responsibilities_zh, education_en, education_vi,
                   education_zh, min_years_experience, search_text
              from career_level where path_version_id = ?
            """, toVersionId, fromVersionId);
        String mapped = """
              from career_level o join career_level n on n.path_version_id = ? and n.code = o.code
             where o.path_version_id = ?
            """;
        jdbc.update("insert into level_competency (level_id, competency_id, required_level) "
            + "select n.id, c.competency_id, c.required_level from level_competency c join ("
            + "select o.id as old_id, n.id" + mapped + ") n on n.old_id = c.level_id", toVersionId, fromVersionId);
        jdbc.update("insert into level_certification (level_id, certification_id) "
            + "select n.id, c.certification_id from level_certification c join ("
            + "select o.id as old_id, n.id" + mapped + ") n on n.old_id = c.level_id", toVersionId, fromVersionId);
        jdbc.update("insert into level_job_title (level_id, job_title_id) "
            + "select n.id, c.job_title_id from level_job_title c join ("
            + "select o.id as old_id, n.id" + mapped + ") n on n.old_id = c.level_id", toVersionId, fromVersionId);
        jdbc.update("insert into level_move (level_id, to_path_id, to_level_code, note_en, note_vi, note_zh) "
            + "select n.id, c.to_path_id, c.to_level_code, c.note_en, c.note_vi, c.note_zh from level_move c join ("
            + "select o.id as old_id, n.id" + mapped + ") n on n.old_id = c.level_id", toVersionId, fromVersionId);
    }

    /** The path's name is part of every level's search text; renaming the version renews them. */
    void refreshSearchText(long versionId, LocalizedText pathName) {
        List<Object[]> rows = jdbc.query(
            "select id, title_en, title_vi, title_zh from career_level where path_version_id = ?",
            (rs, n) -> new Object[] {searchText(LocalizedText.from(rs, "title"), pathName), rs.getLong("id")},
            versionId);
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("update career_level set search_text = ? where id = ?", rows);
        }
    }

    /** Takes the version's lock: bumps its optimistic version if it is still the one the form was made from. */
    void touch(long versionId, long expectedVersion) {
        int updated = jdbc.update("update career_path_version set version = version + 1 where id = ? and version = ?",
            versionId, expectedVersion);
        if (updated != 1) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PathVersion.class, versionId);
        }
    }

    static String searchText(LocalizedText title, LocalizedText pathName) {
        return SearchText.normalise(Stream.of(title.en(), title.vi(), title.zh(), pathName.en(), pathName.vi(),
            pathName.zh()).filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    private void writeChildren(long levelId, LevelDetails level) {
        List<Object[]> requirements = new ArrayList<>();
        level.filledRequirements()
            .forEach(r -> requirements.add(new Object[] {levelId, r.competencyId(), r.requiredLevel()}));
        if (!requirements.isEmpty()) {
            jdbc.batchUpdate("insert into level_competency (level_id, competency_id, required_level) values (?, ?, ?)",
                requirements);
        }
        if (!level.certificationIds().isEmpty()) {
            jdbc.batchUpdate("insert into level_certification (level_id, certification_id) values (?, ?)",
                level.certificationIds().stream().map(id -> new Object[] {levelId, id}).toList());
        }
        if (!level.jobTitleIds().isEmpty()) {
            jdbc.batchUpdate("insert into level_job_title (level_id, job_title_id) values (?, ?)",
                level.jobTitleIds().stream().map(id -> new Object[] {levelId, id}).toList());
        }
        if (!level.filledMoves().isEmpty()) {
            jdbc.batchUpdate("""
                insert into level_move (level_id, to_path_id, to_level_code, note_en, note_vi, note_zh)
                values (?, ?, ?, ?, ?, ?)
                """, level.filledMoves().stream().map(m -> new Object[] {levelId, m.toPathId(), m.toLevelCode(),
                m.note().en(), m.note().vi(), m.note().zh()}).toList());
        }
    }

    private static int years(LevelDetails level) {
        return level.minYearsExperience() == null ? 0 : level.minYearsExperience();
    }
}
