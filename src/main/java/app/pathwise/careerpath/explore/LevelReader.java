package app.pathwise.careerpath.explore;

import app.pathwise.careerpath.ExplorerLevel;
import app.pathwise.careerpath.ExplorerLevelRef;
import app.pathwise.careerpath.ExplorerPath;
import app.pathwise.shared.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Levels of published versions, with their path and the levels around them; one statement per call. */
@Component
public class LevelReader {

    /** Columns of a published path version, its path and family ({@code v}, {@code p}, {@code f}). */
    public static final String PATH_COLUMNS = """
        p.id as path_id, p.code as path_code, p.track, v.id as version_id, v.number as version_number,
        %s, %s, v.published_at, f.id as family_id, %s,
        (select count(*) from career_level x where x.path_version_id = v.id) as level_count
        """.formatted(Sql.localized("v.name", "path_name"), Sql.localized("v.description", "path_description"),
        Sql.localized("f.name", "family_name"));

    private static final String SELECT = """
        select cl.id, cl.code, cl.position, %s, %s, %s, %s, cl.min_years_experience, %s,
               n.id as next_id, n.code as next_code, n.position as next_position, %s,
               b.id as prev_id, b.code as prev_code, b.position as prev_position, %s,
               coalesce(cl.id = %s, false) as yours
          from career_level cl
          join career_path_version v on v.id = cl.path_version_id and v.status = 'PUBLISHED'
          join career_path p on p.id = v.path_id
          join job_family f on f.id = p.job_family_id
          left join lateral (select x.id, x.code, x.position, x.title_en, x.title_vi, x.title_zh from career_level x
                              where x.path_version_id = v.id and x.position > cl.position
                              order by x.position limit 1) n on true
          left join lateral (select x.id, x.code, x.position, x.title_en, x.title_vi, x.title_zh from career_level x
                              where x.path_version_id = v.id and x.position < cl.position
                              order by x.position desc limit 1) b on true
        """.formatted(Sql.localized("cl.title", "title"), Sql.localized("cl.summary", "summary"),
        Sql.localized("cl.responsibilities", "responsibilities"), Sql.localized("cl.education", "education"),
        PATH_COLUMNS, Sql.localized("n.title", "next_title"), Sql.localized("b.title", "prev_title"), Sql.VIEWER_LEVEL);

    private final NamedParameterJdbcTemplate jdbc;

    LevelReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A level by its path and code, when that path has a published version with such a level. */
    public Optional<ExplorerLevel> byCode(long pathId, String code, Long viewer) {
        return jdbc.query(SELECT + " where p.id = :path and cl.code = :code",
            Map.of("path", pathId, "code", code, "viewer", viewerOrNone(viewer)), LevelReader::toLevel)
            .stream().findFirst();
    }

    /** Levels by id, keyed by id; ids of levels of unpublished versions are simply missing. */
    public Map<Long, ExplorerLevel> byIds(Collection<Long> ids, Long viewer) {
        Map<Long, ExplorerLevel> levels = new HashMap<>();
        if (ids.isEmpty()) {
            return levels;
        }
        jdbc.query(SELECT + " where cl.id in (:ids)", Map.of("ids", ids, "viewer", viewerOrNone(viewer)), rs -> {
            ExplorerLevel level = toLevel(rs, 0);
            levels.put(level.levelId(), level);
        });
        return levels;
    }

    /** Every level of every published version, by family, path and position: for level pickers. */
    public List<ExplorerLevelRef> publishedLevels() {
        return jdbc.query("""
            select cl.id, p.id as path_id, cl.code, cl.position, %s, %s, %s
              from career_level cl
              join career_path_version v on v.id = cl.path_version_id and v.status = 'PUBLISHED'
              join career_path p on p.id = v.path_id
              join job_family f on f.id = p.job_family_id
             order by f.position, f.id, p.position, p.id, cl.position
            """.formatted(Sql.localized("cl.title", "title"), Sql.localized("v.name", "path_name"),
                Sql.localized("f.name", "family_name")), Map.of(),
            (rs, n) -> new ExplorerLevelRef(rs.getLong("id"), rs.getLong("path_id"), rs.getString("code"),
                rs.getInt("position"), LocalizedText.from(rs, "title"), LocalizedText.from(rs, "path_name"),
                LocalizedText.from(rs, "family_name")));
    }

    /** {@code :viewer} for queries: an id no employee has when there is no viewer. */
    public static long viewerOrNone(Long viewer) {
        return viewer == null ? -1L : viewer;
    }

    public static ExplorerPath toPath(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new ExplorerPath(rs.getLong("path_id"), rs.getString("path_code"), rs.getString("track"),
            rs.getLong("version_id"), rs.getInt("version_number"), LocalizedText.from(rs, "path_name"),
            LocalizedText.from(rs, "path_description"), rs.getLong("family_id"), LocalizedText.from(rs, "family_name"),
            published == null ? null : published.toInstant(), rs.getInt("level_count"));
    }

    private static ExplorerLevel toLevel(ResultSet rs, int row) throws SQLException {
        ExplorerPath path = toPath(rs);
        return new ExplorerLevel(rs.getLong("id"), rs.getString("code"), rs.getInt("position"),
            LocalizedText.from(rs, "title"), LocalizedText.from(rs, "summary"),
            LocalizedText.from(rs, "responsibilities"), LocalizedText.from(rs, "education"),
            rs.getInt("min_years_experience"), path, ref(rs, "next", path), ref(rs, "prev", path),
            rs.getBoolean("yours"));
    }

    private static ExplorerLevelRef ref(ResultSet rs, String prefix, ExplorerPath path) throws SQLException {
        Long id = (Long) rs.getObject(prefix + "_id");
        if (id == null) {
            return null;
        }
        return new ExplorerLevelRef(id, path.pathId(), rs.getString(prefix + "_code"), rs.getInt(prefix + "_position"),
            LocalizedText.from(rs, prefix + "_title"), path.name(), path.familyName());
    }
}
