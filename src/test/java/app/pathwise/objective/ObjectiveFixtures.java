package app.pathwise.objective;

import java.math.BigDecimal;
import java.sql.Date;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds objectives and key results straight in the database for tests. */
public final class ObjectiveFixtures {

    private final JdbcTemplate jdbc;

    public ObjectiveFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long company(String title, Period period) {
        return insert("COMPANY", null, null, title, period, null);
    }

    public long department(long departmentId, String title, Period period, Long parentId) {
        return insert("DEPARTMENT", null, departmentId, title, period, parentId);
    }

    public long personal(long ownerId, String title, Period period, Long parentId) {
        return insert("PERSONAL", ownerId, null, title, period, parentId);
    }

    /** A number (or percentage) key result at its current value. */
    public long keyResult(long objectiveId, String title, String kind, double start, double target, double current) {
        return jdbc.queryForObject("""
            insert into key_result (objective_id, title, kind, start_value, target_value, current_value, position)
            values (?, ?, ?, ?, ?, ?, (select count(*) + 1 from key_result where objective_id = ?)) returning id
            """, Long.class, objectiveId, title, kind, BigDecimal.valueOf(start), BigDecimal.valueOf(target),
            BigDecimal.valueOf(current), objectiveId);
    }

    public long number(long objectiveId, String title, double start, double target, double current) {
        return keyResult(objectiveId, title, "NUMBER", start, target, current);
    }

    /** A milestone key result with the given milestones, the first {@code reached} of them reached. */
    public long milestones(long objectiveId, String title, int reached, String... names) {
        long id = keyResult(objectiveId, title, "MILESTONE", 0, names.length, reached);
        for (int i = 0; i < names.length; i++) {
            jdbc.update("insert into key_result_milestone (key_result_id, position, title) values (?, ?, ?)", id, i + 1,
                names[i]);
        }
        return id;
    }

    public void close(long objectiveId) {
        jdbc.update("update objective set status = 'CLOSED', closed_at = now(), version = version + 1 where id = ?",
            objectiveId);
    }

    public long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    public String title(long objectiveId) {
        return jdbc.queryForObject("select title from objective where id = ?", String.class, objectiveId);
    }

    public BigDecimal current(long keyResultId) {
        return jdbc.queryForObject("select current_value from key_result where id = ?", BigDecimal.class, keyResultId);
    }

    public int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private long insert(String scope, Long ownerId, Long departmentId, String title, Period period, Long parentId) {
        return jdbc.queryForObject("""
            insert into objective (scope, owner_id, department_id, period_kind, period_year, period_number, starts_on,
                                   ends_on, title, parent_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """, Long.class, scope, ownerId, departmentId, period.kind().name(), period.year(), period.number(),
            Date.valueOf(period.startsOn()), Date.valueOf(period.endsOn()), title, parentId);
    }
}
