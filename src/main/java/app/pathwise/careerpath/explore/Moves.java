package app.pathwise.careerpath.explore;

import app.pathwise.careerpath.ExplorerMove;
import app.pathwise.shared.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lateral moves, resolved against the target path's published version: a move to a path or level
 * that is not published does not show.
 */
@Component
public class Moves {

    private static final String SELECT = """
        select m.level_id, m.to_path_id, m.to_level_code, tl.id as to_level_id, %s, %s, tp.track, %s
          from level_move m
          join career_path tp on tp.id = m.to_path_id
          join career_path_version tv on tv.path_id = tp.id and tv.status = 'PUBLISHED'
          join career_level tl on tl.path_version_id = tv.id and tl.code = m.to_level_code
         where %s
         order by m.level_id, tp.position, tp.id, tl.position
        """;

    private final NamedParameterJdbcTemplate jdbc;

    Moves(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves from every level of a (published) version, keyed by level id. */
    public Map<Long, List<ExplorerMove>> ofVersion(long versionId) {
        return query("m.level_id in (select id from career_level where path_version_id = :version)",
            Map.of("version", versionId));
    }

    /** Moves from one level. */
    public List<ExplorerMove> ofLevel(long levelId) {
        return query("m.level_id = :level", Map.of("level", levelId)).getOrDefault(levelId, List.of());
    }

    private Map<Long, List<ExplorerMove>> query(String where, Map<String, ?> params) {
        Map<Long, List<ExplorerMove>> moves = new HashMap<>();
        jdbc.query(SELECT.formatted(Sql.localized("tl.title", "to_title"), Sql.localized("tv.name", "to_path_name"),
            Sql.localized("m.note", "note"), where), params, rs -> {
                moves.computeIfAbsent(rs.getLong("level_id"), id -> new ArrayList<>()).add(new ExplorerMove(
                    rs.getLong("level_id"), rs.getLong("to_path_id"), rs.getString("to_level_code"),
                    rs.getLong("to_level_id"), LocalizedText.from(rs, "to_title"),
                    LocalizedText.from(rs, "to_path_name"), rs.getString("track"), LocalizedText.from(rs, "note")));
            });
        return moves;
    }
}
