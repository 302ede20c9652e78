package app.pathwise.support;

import app.pathwise.people.SearchText;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds people and accounts straight in the database for tests, with unique numbers and e-mails,
 * so tests can share one database with the demo organisation and each other.
 */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    public Fixtures(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    public long department(String name) {
        return jdbc.queryForObject("insert into department (code, name) values (?, ?) returning id", Long.class,
            unique("D"), name);
    }

    public long employee(String fullName, Long managerId) {
        return employee(fullName, managerId, null);
    }

    public long employee(String fullName, Long managerId, Long departmentId) {
        String number = unique("T");
        String email = number.toLowerCase() + "@test.example.com";
        return jdbc.queryForObject("""
            insert into employee (employee_number, full_name, work_email, manager_id, department_id, hire_date,
                                  status, preferred_language, search_text)
            values (?, ?, ?, ?, ?, ?, 'ACTIVE', 'en', ?) returning id
            """, Long.class, number, fullName, email, managerId, departmentId, Date.valueOf(LocalDate.of(2020, 1, 6)),
            SearchText.normalise(fullName + " " + email + " " + number));
    }

    /** An account for the employee with the given password and granted roles; returns its e-mail. */
    public String account(Long employeeId, String password, Role... granted) {
        String email = unique("acct").toLowerCase() + "@test.example.com";
        long id = jdbc.queryForObject(
            "insert into account (email, password_hash, employee_id, language) values (?, ?, ?, 'en') returning id",
            Long.class, email, encoder.encode(password), employeeId);
        for (Role role : granted) {
            jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role.name());
        }
        return email;
    }

    /** A signed-in user as the application would build it, without a stored account. */
    public static PathwiseUser user(Long employeeId, Role... roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Set.of(roles));
        if (employeeId != null) {
            set.add(Role.EMPLOYEE);
        }
        return new PathwiseUser(-1, employeeId, "fixture@test.example.com", "Fixture User", set, "en", "", true);
    }
}
