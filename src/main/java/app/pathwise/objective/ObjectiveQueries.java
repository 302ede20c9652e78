package app.pathwise.objective;

import app.pathwise.objective.domain.ObjectiveReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What other modules read of an employee's objectives. These methods do not check who asks: callers
 * check first that the user may see the employee ({@code AccessPolicy.canView}).
 * <p>
 * Progress: a key result's progress is the share of the way from its start value to its target covered,
 * clamped to 0–100 % (yes/no: 0 or 100; milestones: reached of total); an objective's is the mean of its
 * key results'. The expected pace on a day is the share of the period's days begun by then. A key result
 * of an active objective is <em>behind</em> when its progress is more than {@value #BEHIND_MARGIN} points
 * below the expected pace (both rounded to whole percent).
 */
@Component
public class ObjectiveQueries {

    /** How many percentage points below the expected pace a key result may be before it counts as behind. */
    public static final int BEHIND_MARGIN = 15;

    private final ObjectiveReader reader;
    private final NamedParameterJdbcTemplate jdbc;

    ObjectiveQueries(ObjectiveReader reader, NamedParameterJdbcTemplate jdbc) {
        this.reader = reader;
        this.jdbc = jdbc;
    }

    /**
     * The employee's personal objectives whose period includes the day (active and closed), each with
     * its key results, progress and behind-pace flags as of that day; those of the longest periods first
     * within a start date. Two statements.
     */
    public List<ObjectiveView> forEmployee(long employeeId, LocalDate onDate) {
        return reader.objectives("o.scope = 'PERSONAL' and o.owner_id = :owner and o.starts_on <= :day"
            + " and o.ends_on >= :day", Map.of("owner", employeeId, "day", onDate), onDate);
    }

    /**
     * How many key results of the employee's active personal objectives whose period includes the day
     * are behind the expected pace on that day. One statement.
     */
    public int behindPaceCount(long employeeId, LocalDate onDate) {
        Integer count = jdbc.queryForObject("""
            select count(*) from key_result k join objective o on o.id = k.objective_id
             where o.scope = 'PERSONAL' and o.owner_id = :owner and o.status = 'ACTIVE'
               and o.starts_on <= :day and o.ends_on >= :day
               and round(key_result_progress(k.start_value, k.target_value, k.current_value))
                   < round(objective_expected_pace(o.starts_on, o.ends_on, :day)) - :margin
            """, Map.of("owner", employeeId, "day", onDate, "margin", BEHIND_MARGIN), Integer.class);
        return count == null ? 0 : count;
    }

    /** The behind-pace rule on whole percentages: only active objectives' key results are ever behind. */
    public static boolean isBehind(boolean active, int progress, int expectedPace) {
        return active && progress < expectedPace - BEHIND_MARGIN;
    }

    /** The key-result values recorded in a check-in (the plan module's id), in the order recorded. One statement. */
    public List<KeyResultUpdateView> updatesOfCheckIn(long checkInId) {
        return jdbc.query("""
            select u.id, u.key_result_id, k.title, o.title as objective_title, k.kind, k.unit, k.target_value,
                   u.previous_value, u.value, u.note
              from key_result_update u
              join key_result k on k.id = u.key_result_id
              join objective o on o.id = k.objective_id
             where u.check_in_id = :checkIn
             order by u.id
            """, Map.of("checkIn", checkInId), (rs, n) -> new KeyResultUpdateView(rs.getLong("id"),
            rs.getLong("key_result_id"), rs.getString("title"), rs.getString("objective_title"),
            KeyResultKind.valueOf(rs.getString("kind")), rs.getString("unit"), rs.getBigDecimal("target_value"),
            rs.getBigDecimal("previous_value"), rs.getBigDecimal("value"), rs.getString("note")));
    }
}
