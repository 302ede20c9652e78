package app.pathwise.people.importing;

import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.Gender;
import app.pathwise.people.importing.OrganisationSnapshot.ExistingDepartment;
import app.pathwise.people.importing.OrganisationSnapshot.ExistingEmployee;
import app.pathwise.people.importing.OrganisationSnapshot.ExistingJobTitle;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Loads the whole organisation in three statements, so checking 50,000 rows costs no more. */
@Component
class OrganisationSnapshots {

    private final JdbcTemplate jdbc;

    OrganisationSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    OrganisationSnapshot load(boolean withEmployees) {
        Map<String, ExistingDepartment> departments = new HashMap<>();
        jdbc.query("""
            select d.id, d.code, d.name, p.code from department d left join department p on p.id = d.parent_id
            """, rs -> {
            departments.put(rs.getString(2), new ExistingDepartment(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4)));
        });
        Map<String, ExistingJobTitle> jobTitles = new HashMap<>();
        jdbc.query("select id, code, name from job_title", rs -> {
            jobTitles.put(rs.getString(2), new ExistingJobTitle(rs.getLong(1), rs.getString(2), rs.getString(3)));
        });
        Map<String, ExistingEmployee> employees = new HashMap<>();
        Map<String, String> emailOwners = new HashMap<>();
        if (withEmployees) {
            jdbc.query("""
                select e.id, e.employee_number, e.full_name, e.work_email, d.code, t.code, m.employee_number,
                       e.hire_date, e.status, e.end_date, e.preferred_language, e.gender, e.birth_year, e.location
                  from employee e
                  left join department d on d.id = e.department_id
                  left join job_title t on t.id = e.job_title_id
                  left join employee m on m.id = e.manager_id
                """, rs -> {
                String gender = rs.getString(12);
                Integer birthYear = rs.getObject(13, Integer.class);
                EmployeeValues values = new EmployeeValues(rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), localDate(rs.getDate(8)),
                    EmploymentStatus.valueOf(rs.getString(9)), localDate(rs.getDate(10)), rs.getString(11),
                    gender == null ? null : Gender.valueOf(gender), birthYear, rs.getString(14));
                employees.put(values.number(), new ExistingEmployee(rs.getLong(1), values));
                emailOwners.put(values.email().toLowerCase(Locale.ROOT), values.number());
            });
        }
        return new OrganisationSnapshot(employees, emailOwners, departments, jobTitles);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
