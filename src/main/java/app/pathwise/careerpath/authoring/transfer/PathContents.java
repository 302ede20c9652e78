package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.careerpath.authoring.PathTrack;
import app.pathwise.careerpath.authoring.VersionStatus;
import app.pathwise.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads paths and the content of their versions by codes, in a fixed number of statements: for the
 * export, and for the import to tell which paths a file changes.
 */
@Component
class PathContents {

    /** A path and the versions that matter to export and import. */
    record PathInfo(long id, String code, String familyCode, PathTrack track, int position, Long publishedVersionId,
                    Long openVersionId, Integer openNumber, VersionStatus openStatus) {

        /** The open version if there is one, else the published one. */
        Long latestVersionId() {
            return openVersionId != null ? openVersionId : publishedVersionId;
        }
    }

    private final JdbcTemplate jdbc;

    PathContents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every path by code, with its published and open version. */
    Map<String, PathInfo> paths() {
        Map<String, PathInfo> paths = new TreeMap<>();
        jdbc.query("""
            select p.id, p.code, f.code as family_code, p.track, p.position, pub.id as pub_id, op.id as open_id,
                   op.number as open_number, op.status as open_status
              from career_path p join job_family f on f.id = p.job_family_id
              left join career_path_version pub on pub.path_id = p.id and pub.status = 'PUBLISHED'
              left join career_path_version op on op.path_id = p.id and op.status in ('DRAFT', 'SUBMITTED', 'APPROVED')
            """, rs -> {
            String status = rs.getString("open_status");
            paths.put(rs.getString("code"), new PathInfo(rs.getLong("id"), rs.getString("code"),
                rs.getString("family_code"), PathTrack.valueOf(rs.getString("track")), rs.getInt("position"),
                (Long) rs.getObject("pub_id"), (Long) rs.getObject("open_id"), (Integer) rs.getObject("open_number"),
                status == null ? null : VersionStatus.valueOf(status)));
        });
        return paths;
    }

    /** The content of each version. */
    Map<Long, PathContent> load(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        Object ids = versionIds.toArray(new Long[0]);
        Map<Long, Map<String, Integer>> requirements = new HashMap<>();
        jdbc.query("""
            select lc.level_id, c.code, lc.required_level from level_competency lc
              join career_level l on l.id = lc.level_id join competency c on c.id = lc.competency_id
             where l.path_version_id = any(?)
            """, rs -> {
            requirements.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
        }, ids);
        Map<Long, Set<String>> certifications = new HashMap<>();
        jdbc.query("""
            select lc.level_id, c.code from level_certification lc
              join career_level l on l.id = lc.level_id join certification c on c.id = lc.certification_id
             where l.path_version_id = any(?)
            """, rs -> {
            certifications.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        }, ids);
        Map<Long, Set<String>> jobTitles = new HashMap<>();
        jdbc.query("""
            select lj.level_id, t.code from level_job_title lj
              join career_level l on l.id = lj.level_id join job_title t on t.id = lj.job_title_id
             where l.path_version_id = any(?)
            """, rs -> {
            jobTitles.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        }, ids);
        Map<Long, Set<PathContent.Move>> moves = new HashMap<>();
        jdbc.query("""
            select m.level_id, p.code, m.to_level_code, m.note_en, m.note_vi, m.note_zh from level_move m
              join career_level l on l.id = m.level_id join career_path p on p.id = m.to_path_id
             where l.path_version_id = any(?)
            """, rs -> {
            moves.computeIfAbsent(rs.getLong(1), k -> new java.util.LinkedHashSet<>())
                .add(new PathContent.Move(rs.getString(2), rs.getString(3), LocalizedText.from(rs, "note")));
        }, ids);
        Map<Long, List<PathContent.Level>> levels = new HashMap<>();
        jdbc.query("""
            select id, path_version_id, code, title_en, title_vi, title_zh, summary_en, summary_vi, summary_zh,
                   responsibilities_en, responsibilities_vi, responsibilities_zh, education_en, education_vi,
                   education_zh, min_years_experience
              from career_level where path_version_id = any(?) order by path_version_id, position
            """, rs -> {
            long id = rs.getLong("id");
            levels.computeIfAbsent(rs.getLong("path_version_id"), k -> new ArrayList<>()).add(new PathContent.Level(
                rs.getString("code"), LocalizedText.from(rs, "title"), LocalizedText.from(rs, "summary"),
                LocalizedText.from(rs, "responsibilities"), LocalizedText.from(rs, "education"),
                rs.getInt("min_years_experience"), requirements.getOrDefault(id, new TreeMap<>()),
                certifications.getOrDefault(id, new TreeSet<>()), jobTitles.getOrDefault(id, new TreeSet<>()),
                moves.getOrDefault(id, new java.util.LinkedHashSet<>())));
        }, ids);
        Map<Long, PathContent> contents = new HashMap<>();
        jdbc.query("""
            select id, name_en, name_vi, name_zh, description_en, description_vi, description_zh
              from career_path_version where id = any(?)
            """, rs -> {
            long id = rs.getLong("id");
            contents.put(id, new PathContent(LocalizedText.from(rs, "name"), LocalizedText.from(rs, "description"),
                List.copyOf(levels.getOrDefault(id, List.of()))));
        }, ids);
        return contents;
    }
}
