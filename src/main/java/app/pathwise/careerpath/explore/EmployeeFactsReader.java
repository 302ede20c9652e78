package app.pathwise.careerpath.explore;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads {@link EmployeeFacts} in one statement, placement included. */
@Component
public class EmployeeFactsReader {

    private static final String SELECT = """
        select e.id, e.full_name, t.name as job_title, e.hire_date, e.manager_id, cur.id as level_id,
               nxt.id as next_id
          from employee e
          left join job_title t on t.id = e.job_title_id
          left join lateral (
              select cl.id, cl.path_version_id, cl.position
                from level_job_title j
                join career_level cl on cl.id = j.level_id
                join career_path_version v on v.id = cl.path_version_id and v.status = 'PUBLISHED'
                join career_path cp on cp.id = v.path_id
                join job_family f on f.id = cp.job_family_id
               where j.job_title_id = e.job_title_id
               order by f.position, f.id, cp.position, cp.id, cl.position, cl.id limit 1) cur on true
          left join lateral (
              select x.id from career_level x
               where x.path_version_id = cur.path_version_id and x.position > cur.position
               order by x.position limit 1) nxt on true
         where e.id = :employee
        """;

    private final NamedParameterJdbcTemplate jdbc;

    EmployeeFactsReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EmployeeFacts> find(long employeeId) {
        return jdbc.query(SELECT, Map.of("employee", employeeId), (rs, n) -> new EmployeeFacts(rs.getLong("id"),
            rs.getString("full_name"), rs.getString("job_title"), rs.getObject("hire_date", java.time.LocalDate.class),
            (Long) rs.getObject("manager_id"), (Long) rs.getObject("level_id"), (Long) rs.getObject("next_id")))
            .stream().findFirst();
    }
}
