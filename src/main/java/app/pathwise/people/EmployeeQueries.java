package app.pathwise.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read models of people, each page answered by a fixed number of statements: one employee's profile,
 * their reports and job history, and where the people pages' content stands. The directory is
 * {@link DirectorySearch}.
 */
@Component
public class EmployeeQueries {

    private static final String PROFILE_COLUMNS = """
        e.id, e.version, e.employee_number, e.full_name, e.work_email, e.department_id, d.name as department_name,
        e.job_title_id, t.name as job_title_name, e.manager_id, m.full_name as manager_name, e.hire_date, e.status,
        e.end_date, e.preferred_language, e.gender, e.birth_year, e.location
        """;
    private static final String JOINS = """
        from employee e
        left join department d on d.id = e.department_id
        left join job_title t on t.id = e.job_title_id
        left join employee m on m.id = e.manager_id
        """;

    private final NamedParameterJdbcTemplate jdbc;

    EmployeeQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where the people pages' content stands: the people generation and, when {@code id} is given, that
     * person's stamp; one statement. Read before the content, so that content kept under this generation
     * is never older than it.
     */
    public PeopleGeneration generation(Long id) {
        return jdbc.queryForObject("""
            select g.generation, e.id, e.version, e.status, e.full_name from content_generation g
              left join employee e on e.id = :id
             where g.name = 'people'
            """, new MapSqlParameterSource().addValue("id", id, Types.BIGINT),
            (rs, n) -> new PeopleGeneration(rs.getLong("generation"), rs.getObject("id") == null ? null
                : new PeopleGeneration.EmployeeStamp(rs.getLong("id"), rs.getLong("version"),
                    EmploymentStatus.valueOf(rs.getString("status")), rs.getString("full_name"))));
    }

    /** The person, their manager and the size of their reporting line; one statement. */
    public Optional<EmployeeOverview> overview(long id) {
        return jdbc.query("select " + PROFILE_COLUMNS + """
                , mt.name as manager_job_title_name, m.work_email as manager_work_email,
                  coalesce(s.size, 0) as line_size
                """ + JOINS + """
                left join job_title mt on mt.id = m.job_title_id
                left join reporting_line_size s on s.manager_id = e.id
                where e.id = :id
                """, Map.of("id", id),
            (rs, n) -> {
                EmployeeProfile profile = toProfile(rs, n);
                ManagerCard manager = profile.managerId() == null ? null : new ManagerCard(profile.managerId(),
                    profile.managerName(), rs.getString("manager_job_title_name"), rs.getString("manager_work_email"));
                return new EmployeeOverview(profile, manager, rs.getLong("line_size"));
            }).stream().findFirst();
    }

    public Optional<EmployeeProfile> profile(long id) {
        return jdbc.query("select " + PROFILE_COLUMNS + JOINS + " where e.id = :id", Map.of("id", id),
            EmployeeQueries::toProfile).stream().findFirst();
    }

    /** Direct reports who still work here, the first {@code limit} by name, and their number; one statement. */
    public DirectReports directReports(long managerId, int limit) {
        long[] total = {0};
        List<PersonRef> shown = jdbc.query("""
            select e.id, e.full_name, t.name as job_title_name, d.name as department_name, count(*) over () as total
              from employee e left join job_title t on t.id = e.job_title_id
              left join department d on d.id = e.department_id
             where e.manager_id = :manager and e.status <> 'INACTIVE'
             order by e.full_name, e.id limit :limit
            """, Map.of("manager", managerId, "limit", limit),
            (rs, n) -> {
                total[0] = rs.getLong("total");
                return new PersonRef(rs.getLong("id"), rs.getString("full_name"), rs.getString("job_title_name"),
                    rs.getString("department_name"));
            });
        return new DirectReports(shown, total[0]);
    }

    public List<JobHistoryView> jobHistory(long employeeId) {
        return jdbc.query("""
            select h.effective_date, h.change_kind, d.name as department_name, t.name as job_title_name,
                   m.full_name as manager_name
              from job_history h left join department d on d.id = h.department_id
              left join job_title t on t.id = h.job_title_id left join employee m on m.id = h.manager_id
             where h.employee_id = :id order by h.effective_date desc, h.id desc
            """, Map.of("id", employeeId),
            (rs, n) -> new JobHistoryView(rs.getObject("effective_date", java.time.LocalDate.class),
                JobChangeKind.valueOf(rs.getString("change_kind")), rs.getString("department_name"),
                rs.getString("job_title_name"), rs.getString("manager_name")));
    }

    /** Active people whose name, e-mail or number contains the text, for the manager field. */
    public List<Candidate> candidates(String query, int limit) {
        String text = SearchText.normalise(query);
        if (text.length() < 2) {
            return List.of();
        }
        return jdbc.query("""
            select employee_number, full_name from employee
             where search_text like :text and status <> 'INACTIVE' order by full_name, id limit :limit
            """, Map.of("text", "%" + text.replace("%", "\\%").replace("_", "\\_") + "%", "limit", limit),
            (rs, n) -> new Candidate(rs.getString(1), rs.getString(2)));
    }

    /** A person offered for a field that takes an employee number. */
    public record Candidate(String employeeNumber, String fullName) {
    }

    public Optional<Long> findIdByNumber(String employeeNumber) {
        return jdbc.query("select id from employee where employee_number = :number",
            Map.of("number", employeeNumber), (rs, n) -> rs.getLong(1)).stream().findFirst();
    }

    private static EmployeeProfile toProfile(ResultSet rs, int row) throws SQLException {
        String gender = rs.getString("gender");
        return new EmployeeProfile(rs.getLong("id"), rs.getLong("version"), rs.getString("employee_number"),
            rs.getString("full_name"), rs.getString("work_email"), (Long) rs.getObject("department_id"),
            rs.getString("department_name"), (Long) rs.getObject("job_title_id"), rs.getString("job_title_name"),
            (Long) rs.getObject("manager_id"), rs.getString("manager_name"),
            rs.getObject("hire_date", java.time.LocalDate.class), EmploymentStatus.valueOf(rs.getString("status")),
            rs.getObject("end_date", java.time.LocalDate.class), rs.getString("preferred_language"),
            gender == null ? null : Gender.valueOf(gender), (Integer) rs.getObject("birth_year"),
            rs.getString("location"));
    }
}
