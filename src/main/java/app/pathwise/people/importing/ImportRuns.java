package app.pathwise.people.importing;

import app.pathwise.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores applied imports and the records each created or changed, and reads them back. */
@Component
class ImportRuns {

    private static final int DETAILS_MAX = 4000;
    private static final String COLUMNS = """
        id, kind, file_name, file_sha256, applied_at, actor_email, row_count, created_count, changed_count,
        unchanged_count, job_titles_created, history_entries
        """;

    private final JdbcTemplate jdbc;

    ImportRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long record(ImportKind kind, String fileName, String sha256, ImportCounts counts, int historyEntries,
                Long actorAccountId, String actorEmail, Instant appliedAt, List<ImportChangeView> changes) {
        Long id = jdbc.queryForObject("""
                insert into import_run (kind, file_name, file_sha256, row_count, created_count, changed_count,
                                        unchanged_count, job_titles_created, history_entries, actor_account_id,
                                        actor_email, applied_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, kind.name(), fileName, sha256, counts.rows(), counts.created(), counts.changed(),
            counts.unchanged(), counts.jobTitlesCreated(), historyEntries, actorAccountId, actorEmail,
            Timestamp.from(appliedAt));
        Bulk.of(changes)
            .bigint(c -> id)
            .integer(ImportChangeView::row)
            .text(ImportChangeView::key)
            .text(ImportChangeView::name)
            .text(c -> c.action().name())
            .text(c -> shortened(c.details()))
            .update(jdbc, """
                insert into import_run_change (import_run_id, row_number, record_key, record_name, action, details)
                select * from unnest(?::bigint[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[])
                """);
        return id;
    }

    Optional<ImportRunView> find(long id) {
        return jdbc.query("select " + COLUMNS + " from import_run where id = ?", ImportRuns::toView, id).stream()
            .findFirst();
    }

    List<ImportRunView> recent(int limit) {
        return jdbc.query("select " + COLUMNS + " from import_run order by applied_at desc, id desc limit ?",
            ImportRuns::toView, limit);
    }

    PageView<ImportChangeView> changes(long runId, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from import_run_change where import_run_id = ?", Long.class,
            runId);
        List<ImportChangeView> rows = jdbc.query("""
                select row_number, record_key, record_name, action, details from import_run_change
                 where import_run_id = ? order by row_number limit ? offset ?
                """, (rs, n) -> new ImportChangeView(rs.getInt(1), rs.getString(2), rs.getString(3),
                ImportAction.valueOf(rs.getString(4)), rs.getString(5)),
            runId, size, (long) page * size);
        return new PageView<>(rows, page, size, total);
    }

    private static String shortened(String details) {
        return details.length() > DETAILS_MAX ? details.substring(0, DETAILS_MAX - 1) + "…" : details;
    }

    private static ImportRunView toView(ResultSet rs, int n) throws SQLException {
        return new ImportRunView(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
            rs.getString("file_sha256"), rs.getTimestamp("applied_at").toInstant(), rs.getString("actor_email"),
            new ImportCounts(rs.getInt("row_count"), rs.getInt("created_count"), rs.getInt("changed_count"),
                rs.getInt("unchanged_count"), rs.getInt("job_titles_created")), rs.getInt("history_entries"));
    }
}
