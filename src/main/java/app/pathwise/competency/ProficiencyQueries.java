package app.pathwise.competency;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Where people stand: current proficiency (latest manager rating, else latest self rating) and history. */
@Component
public class ProficiencyQueries {

    /**
     * Current proficiency rows: {@code current_proficiency} holds each person's latest manager and self
     * rating per competency (kept from the ratings by the database, see V38); the manager's comment is
     * read from that rating.
     */
    private static final String CURRENT = """
        select cp.employee_id, cp.competency_id, cp.manager_level, cp.manager_rated_at as manager_at,
               m.comment as manager_comment, cp.self_level, cp.self_rated_at as self_at
          from current_proficiency cp
          left join competency_rating m on m.id = cp.manager_rating_id
         where %s
        """;

    private final NamedParameterJdbcTemplate jdbc;

    ProficiencyQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Current proficiency of one person in every competency they have been rated in; one statement. */
    public Map<Long, Proficiency> current(long employeeId) {
        Map<Long, Proficiency> result = new HashMap<>();
        jdbc.query(CURRENT.formatted("cp.employee_id = :employee"), Map.of("employee", employeeId), rs -> {
            Integer manager = (Integer) rs.getObject("manager_level");
            Integer self = (Integer) rs.getObject("self_level");
            Timestamp managerAt = rs.getTimestamp("manager_at");
            Timestamp selfAt = rs.getTimestamp("self_at");
            long competency = rs.getLong("competency_id");
            result.put(competency, new Proficiency(competency, manager != null ? manager : self,
                manager != null ? RaterKind.MANAGER : RaterKind.SELF,
                manager != null ? managerAt.toInstant() : selfAt.toInstant(), self,
                selfAt == null ? null : selfAt.toInstant(), rs.getString("manager_comment")));
        });
        return result;
    }

    /**
     * Current levels of many people in some competencies, for group views such as the needs map: one
     * statement. Keyed by employee id, then competency id.
     */
    public Map<Long, Map<Long, Integer>> currentLevels(Collection<Long> employeeIds, Collection<Long> competencyIds) {
        Map<Long, Map<Long, Integer>> result = new HashMap<>();
        if (employeeIds.isEmpty() || competencyIds.isEmpty()) {
            return result;
        }
        jdbc.query(CURRENT.formatted("cp.employee_id in (:employees) and cp.competency_id in (:competencies)"),
            Map.of("employees", employeeIds, "competencies", competencyIds), rs -> {
                Integer manager = (Integer) rs.getObject("manager_level");
                int level = manager != null ? manager : rs.getInt("self_level");
                result.computeIfAbsent(rs.getLong("employee_id"), id -> new HashMap<>())
                    .put(rs.getLong("competency_id"), level);
            });
        return result;
    }

    /** Every rating of one competency of one person, newest first, with the rater's name. */
    public List<RatingView> history(long employeeId, long competencyId) {
        return jdbc.query("""
            select r.id, r.level, r.rater_kind, e.full_name, r.evidence, r.comment, r.rated_at
              from competency_rating r left join employee e on e.id = r.rater_employee_id
             where r.employee_id = :employee and r.competency_id = :competency
             order by r.rated_at desc, r.id desc
            """, Map.of("employee", employeeId, "competency", competencyId),
            (rs, n) -> new RatingView(rs.getLong(1), rs.getInt(2), RaterKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
    }
}
