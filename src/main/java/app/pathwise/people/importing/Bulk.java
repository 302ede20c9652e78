package app.pathwise.people.importing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One statement for many rows: each column goes to PostgreSQL as an array and the statement reads
 * them back with {@code unnest(?::type[], ...)}. 50,000 rows cost one round trip, and a row may
 * refer to another row of the same statement (foreign keys are checked at its end).
 *
 * @param <T> what one row is made from
 */
final class Bulk<T> {

    private record Column<T>(String type, Function<T, Object> value) {
    }

    private final List<T> rows;
    private final List<Column<T>> columns = new ArrayList<>();

    private Bulk(List<T> rows) {
        this.rows = rows;
    }

    static <T> Bulk<T> of(List<T> rows) {
        return new Bulk<>(rows);
    }

    Bulk<T> bigint(Function<T, Long> value) {
        columns.add(new Column<>("bigint", value::apply));
        return this;
    }

    Bulk<T> integer(Function<T, Integer> value) {
        columns.add(new Column<>("int4", value::apply));
        return this;
    }

    Bulk<T> text(Function<T, String> value) {
        columns.add(new Column<>("text", value::apply));
        return this;
    }

    /** Dates travel as ISO text; the statement casts them with {@code ?::date[]}. */
    Bulk<T> date(Function<T, LocalDate> value) {
        columns.add(new Column<>("text", row -> {
            LocalDate date = value.apply(row);
            return date == null ? null : Date.valueOf(date).toString();
        }));
        return this;
    }

    /** Runs {@code sql}, whose parameters are the columns in the order they were added. */
    int update(JdbcTemplate jdbc, String sql) {
        if (rows.isEmpty()) {
            return 0;
        }
        return jdbc.update(sql, ps -> {
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                Object[] values = switch (column.type()) {
                    case "bigint" -> new Long[rows.size()];
                    case "int4" -> new Integer[rows.size()];
                    default -> new String[rows.size()];
                };
                for (int r = 0; r < rows.size(); r++) {
                    values[r] = column.value().apply(rows.get(r));
                }
                ps.setArray(i + 1, ps.getConnection().createArrayOf(column.type(), values));
            }
        });
    }

    /** {@code count} new ids from a table's identity sequence, so rows can refer to each other before insert. */
    static List<Long> newIds(JdbcTemplate jdbc, String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
            Long.class, table, count);
    }
}
