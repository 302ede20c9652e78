package app.pathwise.careerpath;

import app.pathwise.careerpath.authoring.VersionSnapshots;
import app.pathwise.careerpath.authoring.VersionSnapshots.LevelSnapshot;
import app.pathwise.shared.LocalizedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed in a career path and when: its published versions (the current one and the retired
 * ones), newest first, each with its change note, its date and what it changed in the levels and
 * their requirements compared with the version it replaced. Only published and retired versions are
 * read: drafts and versions waiting for approval never appear here, so employees may be shown it.
 */
@Service
public class PathVersionHistory {

    /**
     * A published version.
     *
     * @param previousNumber the number of the version it replaced, or null for the first one
     * @param current whether it is the version employees see now (not yet retired)
     * @param changes what it changed in the levels, compared with the version it replaced (empty for the first)
     */
    public record PublishedVersion(long versionId, int number, LocalizedText name, Instant publishedAt,
                                   Instant retiredAt, String changeNote, boolean current, Integer previousNumber,
                                   List<LevelChange> changes) {

        public boolean first() {
            return previousNumber == null;
        }
    }

    /** How a level changed: added, removed, or changed in some of its fields and requirements. */
    public enum ChangeKind {
        ADDED, REMOVED, CHANGED
    }

    /** The parts of a level that can change besides its requirements. */
    public enum LevelField {
        TITLE, POSITION, SUMMARY, RESPONSIBILITIES, EDUCATION, EXPERIENCE
    }

    /**
     * One level's change, by its stable code.
     *
     * @param title the level's title in the newer version (the older one for a removed level)
     * @param fields which of its texts and numbers changed
     * @param requirements competencies added, removed or required at another level
     * @param certifications certifications added or no longer required
     * @param moves lateral moves added or removed
     */
    public record LevelChange(String code, LocalizedText title, ChangeKind kind, List<LevelField> fields,
                              List<RequirementChange> requirements, List<ItemChange> certifications,
                              List<ItemChange> moves) {
    }

    /** A competency requirement: {@code before} null when added, {@code after} null when removed. */
    public record RequirementChange(String competencyCode, LocalizedText competency, Integer before, Integer after) {

        public boolean added() {
            return before == null;
        }

        public boolean removed() {
            return after == null;
        }
    }

    /** A certification or move added ({@code added}) or removed. */
    public record ItemChange(String key, LocalizedText label, boolean added) {
    }

    private final JdbcTemplate jdbc;
    private final VersionSnapshots snapshots;

    PathVersionHistory(JdbcTemplate jdbc, VersionSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /**
     * The published versions of a path, newest first, with what each changed; empty for a path
     * never published (or unknown). A fixed number of statements whatever the number of versions.
     */
    @Transactional(readOnly = true)
    public List<PublishedVersion> changes(long pathId) {
        record Row(long id, int number, LocalizedText name, Instant publishedAt, Instant retiredAt, String note,
                   boolean current) {
        }
        List<Row> rows = jdbc.query("""
            select id, number, name_en, name_vi, name_zh, published_at, retired_at, change_note, status
              from career_path_version
             where path_id = ? and status in ('PUBLISHED', 'RETIRED') and published_at is not null
             order by published_at, number
            """, (rs, n) -> new Row(rs.getLong("id"), rs.getInt("number"), LocalizedText.from(rs, "name"),
            rs.getTimestamp("published_at").toInstant(),
            rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant(),
            rs.getString("change_note"), "PUBLISHED".equals(rs.getString("status"))), pathId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LevelSnapshot>> levels = snapshots.load(rows.stream().map(Row::id).toList());
        List<PublishedVersion> history = new ArrayList<>();
        Row previous = null;
        for (Row row : rows) {
            List<LevelChange> changes = previous == null ? List.of()
                : VersionSnapshots.compare(levels.get(previous.id()), levels.get(row.id()));
            history.add(new PublishedVersion(row.id(), row.number(), row.name(), row.publishedAt(), row.retiredAt(),
                row.note(), row.current(), previous == null ? null : previous.number(), changes));
            previous = row;
        }
        Collections.reverse(history);
        return List.copyOf(history);
    }
}
