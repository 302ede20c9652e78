package app.pathwise.objective.domain;

import app.pathwise.objective.KeyResultKind;
import app.pathwise.objective.KeyResultView;
import app.pathwise.objective.ObjectiveQueries;
import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveStatus;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.objective.Period;
import app.pathwise.objective.PeriodKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads objectives with their key results and progress in two statements, whatever their number:
 * one for the objectives (progress averaged in SQL), one for all their key results. Progress and the
 * expected pace come from the database functions {@code key_result_progress} and
 * {@code objective_expected_pace}, the one definition every page and query shares.
 */
@Component
public class ObjectiveReader {

    /** Columns of an objective row; needs {@code :today}. */
    static final String OBJECTIVE_COLUMNS = """
        o.id, o.version, o.scope, o.owner_id, oe.full_name as owner_name, o.department_id, d.name as department_name,
        o.period_kind, o.period_year, o.period_number, o.title, o.description, o.status, o.parent_id,
        p.title as parent_title, p.scope as parent_scope, round(kr.progress) as progress,
        round(objective_expected_pace(o.starts_on, o.ends_on, :today)) as expected
        """;
    static final String OBJECTIVE_JOINS = """
        from objective o
        left join employee oe on oe.id = o.owner_id
        left join department d on d.id = o.department_id
        left join objective p on p.id = o.parent_id
        left join lateral (
            select avg(key_result_progress(k.start_value, k.target_value, k.current_value)) as progress
              from key_result k where k.objective_id = o.id) kr on true
        """;
    /** Active first, then by start, longer periods before shorter ones, then by age. */
    static final String ORDER = " order by o.status, o.starts_on, o.ends_on desc, o.id";

    private final NamedParameterJdbcTemplate jdbc;

    ObjectiveReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The objectives a condition on {@code o} selects (a constant SQL fragment with named parameters),
     * with their key results, as they stand on the given day. Two statements.
     */
    public List<ObjectiveView> objectives(String where, Map<String, ?> parameters, LocalDate today) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.put("today", today);
        Map<Long, ObjectiveRow> rows = new LinkedHashMap<>();
        jdbc.query("select " + OBJECTIVE_COLUMNS + OBJECTIVE_JOINS + " where " + where + ORDER, params,
            rs -> {
                ObjectiveRow row = objectiveRow(rs);
                rows.put(row.id(), row);
            });
        Map<Long, List<KeyResultView>> keyResults = keyResults(rows);
        return rows.values().stream()
            .map(row -> row.toView(keyResults.getOrDefault(row.id(), List.of())))
            .toList();
    }

    private Map<Long, List<KeyResultView>> keyResults(Map<Long, ObjectiveRow> objectives) {
        Map<Long, List<KeyResultView>> byObjective = new HashMap<>();
        jdbc.query("""
            select k.id, k.version, k.objective_id, k.title, k.kind, k.start_value, k.target_value, k.current_value,
                   k.unit, k.position, round(key_result_progress(k.start_value, k.target_value, k.current_value)) as progress,
                   (select array_agg(m.title order by m.position) from key_result_milestone m
                     where m.key_result_id = k.id) as milestones
              from key_result k
             where k.objective_id = any(cast(:ids as bigint[]))
             order by k.objective_id, k.position, k.id
            """, Map.of("ids", idArray(objectives.keySet())), rs -> {
                ObjectiveRow objective = objectives.get(rs.getLong("objective_id"));
                int progress = rs.getInt("progress");
                byObjective.computeIfAbsent(objective.id(), id -> new ArrayList<>()).add(new KeyResultView(
                    rs.getLong("id"), rs.getLong("version"), objective.id(), rs.getString("title"),
                    KeyResultKind.valueOf(rs.getString("kind")), rs.getBigDecimal("start_value"),
                    rs.getBigDecimal("target_value"), rs.getBigDecimal("current_value"), rs.getString("unit"),
                    rs.getInt("position"), progress,
                    ObjectiveQueries.isBehind(objective.status() == ObjectiveStatus.ACTIVE, progress,
                        objective.expected()),
                    strings(rs.getArray("milestones"))));
            });
        return byObjective;
    }

    /** Ids as a PostgreSQL array literal, so that no ids and many ids make the same statement. */
    static String idArray(java.util.Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static Period period(ResultSet rs) throws SQLException {
        return new Period(PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("period_year"),
            rs.getInt("period_number"));
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        Number value = (Number) rs.getObject(column);
        return value == null ? null : value.intValue();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    private static ObjectiveRow objectiveRow(ResultSet rs) throws SQLException {
        String parentScope = rs.getString("parent_scope");
        return new ObjectiveRow(rs.getLong("id"), rs.getLong("version"), ObjectiveScope.valueOf(rs.getString("scope")),
            (Long) rs.getObject("owner_id"), rs.getString("owner_name"), (Long) rs.getObject("department_id"),
            rs.getString("department_name"), period(rs), rs.getString("title"), rs.getString("description"),
            ObjectiveStatus.valueOf(rs.getString("status")), (Long) rs.getObject("parent_id"),
            rs.getString("parent_title"), parentScope == null ? null : ObjectiveScope.valueOf(parentScope),
            integer(rs, "progress"), rs.getInt("expected"));
    }

    private record ObjectiveRow(long id, long version, ObjectiveScope scope, Long ownerId, String ownerName,
                                Long departmentId, String departmentName, Period period, String title,
                                String description, ObjectiveStatus status, Long parentId, String parentTitle,
                                ObjectiveScope parentScope, Integer progress, int expected) {

        ObjectiveView toView(List<KeyResultView> keyResults) {
            return new ObjectiveView(id, version, scope, ownerId, ownerName, departmentId, departmentName, period,
                title, description, status, parentId, parentTitle, parentScope, progress, expected, keyResults);
        }
    }
}
