package app.pathwise.demo;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk writing for the demo: multi-row inserts of up to a thousand rows each (the driver does not
 * rewrite JDBC batches), inserts from column arrays for the largest tables, and look-ups by code.
 */
final class DemoRows {

    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final int ROWS_PER_ARRAY_STATEMENT = 100_000;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssxxx");

    private final JdbcTemplate jdbc;

    DemoRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String table, List<String> columns, int[] types, List<Object[]> rows) {
        insert(table, columns, types, rows, "");
    }

    void insert(String table, List<String> columns, int[] types, List<Object[]> rows, String suffix) {
        String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = head + String.join(", ", Collections.nCopies(chunk.size(), row)) + suffix;
            jdbc.update(sql, statement -> bind(statement, chunk, types));
        }
    }

    /**
     * Inserts rows as one array per column, unnested by the server: a hundred thousand rows a
     * statement. Each column names the SQL type of its array ("bigint", "integer", "varchar",
     * "timestamptz"); values are sent as text where the driver has no array type for them.
     */
    void insertArrays(String table, List<String> columns, List<String> sqlTypes, List<Object[]> rows) {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select * from unnest("
            + String.join(", ", sqlTypes.stream().map(type -> "?::" + type + "[]").toList()) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_ARRAY_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_ARRAY_STATEMENT));
            jdbc.execute((ConnectionCallback<Integer>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int column = 0; column < columns.size(); column++) {
                        statement.setArray(column + 1, array(connection, sqlTypes.get(column), chunk, column));
                    }
                    return statement.executeUpdate();
                }
            });
        }
    }

    private static Array array(Connection connection, String sqlType, List<Object[]> rows, int column)
        throws SQLException {
        return switch (sqlType) {
            case "bigint" -> connection.createArrayOf("bigint",
                rows.stream().map(row -> (Long) row[column]).toArray(Long[]::new));
            case "integer" -> connection.createArrayOf("integer",
                rows.stream().map(row -> (Integer) row[column]).toArray(Integer[]::new));
            default -> connection.createArrayOf("text",
                rows.stream().map(row -> text(row[column])).toArray(String[]::new));
        };
    }

    /**
     * Runs a bulk load into a table without its foreign keys and secondary indexes, then puts them
     * back exactly as the catalogue defined them: PostgreSQL checks a foreign key row by row on
     * insert (a locking look-up per row and key, most of the time of a load of hundreds of
     * thousands of rows), but validates a re-added one with a single join, and builds an index in
     * one pass. Everything happens in the caller's transaction, so a failure leaves the table as it
     * was; the table is locked until the transaction ends, which at seeding time nobody notices.
     * Triggers deferred to the commit (the framework's generation, V41) are run first: PostgreSQL
     * alters no table while such events are pending on it or on a table it refers to.
     */
    void withoutForeignKeysAndIndexes(String table, Runnable load) {
        jdbc.execute("set constraints all immediate");
        List<String[]> foreignKeys = jdbc.query("""
            select quote_ident(conname), pg_get_constraintdef(oid) from pg_constraint
             where conrelid = ?::regclass and contype = 'f' order by conname
            """, (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        List<String[]> indexes = jdbc.query("""
            select x.indexrelid::regclass::text, pg_get_indexdef(x.indexrelid) from pg_index x
             where x.indrelid = ?::regclass and not x.indisprimary and not x.indisunique
               and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
             order by 1
            """, (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, table);
        for (String[] foreignKey : foreignKeys) {
            jdbc.execute("alter table " + table + " drop constraint " + foreignKey[0]);
        }
        for (String[] index : indexes) {
            jdbc.execute("drop index " + index[0]);
        }
        load.run();
        for (String[] index : indexes) {
            jdbc.execute(index[1]);
        }
        for (String[] foreignKey : foreignKeys) {
            jdbc.execute("alter table " + table + " add constraint " + foreignKey[0] + " " + foreignKey[1]);
        }
    }

    private static String text(Object value) {
        if (value instanceof OffsetDateTime time) {
            return TIMESTAMP.format(time);
        }
        return value == null ? null : value.toString();
    }

    Map<String, Long> idsByCode(String table, List<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from " + table + " where code = any (?)",
            rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            },
            (Object) codes.toArray(String[]::new));
        return ids;
    }

    Set<String> existingCodes(String table, List<String> codes) {
        return new HashSet<>(idsByCode(table, codes).keySet());
    }

    long nextId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
    }

    void moveSequencePastRows(String table) {
        jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from " + table + "))",
            Long.class, table);
    }

    private static void bind(PreparedStatement statement, List<Object[]> rows, int[] types) throws SQLException {
        int index = 1;
        for (Object[] values : rows) {
            for (int column = 0; column < values.length; column++, index++) {
                if (values[column] == null) {
                    statement.setNull(index, types[column]);
                } else {
                    statement.setObject(index, values[column]);
                }
            }
        }
    }
}
