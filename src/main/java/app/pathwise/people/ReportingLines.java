package app.pathwise.people;

import app.pathwise.security.EmployeeDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reporting lines: whether someone is in a manager's line (a short walk up the tree, in SQL), how
 * large a line is (kept in {@code reporting_line_size} by database triggers on every write to an
 * employee, see V39). Every "my team" decision goes through here.
 */
@Component
public class ReportingLines implements EmployeeDirectory {

    private static final String MANAGERS_ABOVE = """
        with recursive chain(manager_id, depth) as (
            select manager_id, 1 from employee where id = :employee
            union
            select e.manager_id, c.depth + 1 from employee e join chain c on e.id = c.manager_id
             where c.manager_id is not null and c.depth < 64
        )
        """;

    private final NamedParameterJdbcTemplate jdbc;

    ReportingLines(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isInReportingLine(long managerId, long employeeId) {
        if (managerId == employeeId) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject(MANAGERS_ABOVE
                + "select exists(select 1 from chain where manager_id = :manager)",
            Map.of("employee", employeeId, "manager", managerId), Boolean.class));
    }

    /**
     * The number of people, direct and indirect, who report to this manager and still work here;
     * someone who left cuts the line below them. One row, kept by the triggers of V39, read
     * whatever the size of the line.
     */
    public long lineSize(long managerId) {
        return jdbc.queryForObject(
            "select coalesce((select size from reporting_line_size where manager_id = :manager), 0)",
            Map.of("manager", managerId), Long.class);
    }

    @Override
    public boolean hasReports(long employeeId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
            "select exists(select 1 from employee where manager_id = :id and status <> 'INACTIVE')",
            Map.of("id", employeeId), Boolean.class));
    }

    @Override
    public Optional<Person> find(long employeeId) {
        return jdbc.query("select full_name, status from employee where id = :id", Map.of("id", employeeId),
            (rs, n) -> new Person(rs.getString(1), !"INACTIVE".equals(rs.getString(2)))).stream().findFirst();
    }

    @Override
    public Map<Long, String> names(Collection<Long> employeeIds) {
        Map<Long, String> names = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return names;
        }
        jdbc.query("select id, full_name from employee where id in (:ids)", Map.of("ids", employeeIds),
            rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            });
        return names;
    }
}
