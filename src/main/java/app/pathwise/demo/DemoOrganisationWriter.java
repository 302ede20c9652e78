package app.pathwise.demo;

import app.pathwise.demo.DemoOrganisation.DemoAccount;
import app.pathwise.demo.DemoOrganisation.JobChange;
import app.pathwise.people.SearchText;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a generated company with multi-row inserts of up to a thousand rows each (the driver
 * does not rewrite JDBC batches), so 50,000 employees take a few dozen statements. Employees and
 * job history get their ids here, managers before their reports, and the identity sequences are
 * moved past them afterwards; departments and job titles take ids from the database and keep
 * any row that already has their code.
 */
@Component
class DemoOrganisationWriter {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationWriter.class);
    private static final int ROWS_PER_STATEMENT = 1_000;

    private final JdbcTemplate jdbc;

    DemoOrganisationWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What was written. */
    record Written(int departments, int jobTitles, int employees, int jobChanges, int accounts) {
    }

    Written write(DemoOrganisation organisation, String passwordHash) {
        Map<DemoDepartment, Long> departments = writeDepartments(organisation.chart().departments());
        Map<String, Long> titles = writeJobTitles();
        long firstEmployee = nextId("employee");
        Function<Member, Long> employeeId = member -> member == null ? null : firstEmployee + member.number - 1;
        insert("employee", List.of("id", "employee_number", "full_name", "work_email", "department_id",
                "job_title_id", "manager_id", "hire_date", "status", "end_date", "preferred_language", "gender",
                "birth_year", "location", "search_text"),
            new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
                Types.BIGINT, Types.DATE, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
                Types.VARCHAR, Types.VARCHAR},
            organisation.members().stream().map(m -> new Object[] {employeeId.apply(m), m.employeeNumber(),
                m.name.fullName(), m.email, departments.get(m.department), titles.get(m.title),
                employeeId.apply(m.manager), m.hireDate, m.status.name(), m.endDate, m.language,
                m.gender == null ? null : m.gender.name(), m.birthYear, m.location,
                SearchText.normalise(m.name.fullName() + " " + m.email + " " + m.employeeNumber())}).toList());
        long firstChange = nextId("job_history");
        List<JobChange> changes = organisation.jobChanges();
        List<Object[]> changeRows = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            JobChange change = changes.get(i);
            changeRows.add(new Object[] {firstChange + i, employeeId.apply(change.employee()), change.effectiveDate(),
                change.kind().name(), departments.get(change.department()), titles.get(change.title()),
                employeeId.apply(change.manager())});
        }
        insert("job_history", List.of("id", "employee_id", "effective_date", "change_kind", "department_id",
                "job_title_id", "manager_id"),
            new int[] {Types.BIGINT, Types.BIGINT, Types.DATE, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT},
            changeRows);
        moveSequencePastRows("employee");
        moveSequencePastRows("job_history");
        int accounts = writeAccounts(organisation.accounts(), passwordHash, employeeId);
        return new Written(departments.size(), titles.size(), organisation.members().size(), changes.size(), accounts);
    }

    private Map<DemoDepartment, Long> writeDepartments(List<DemoDepartment> departments) {
        Map<DemoDepartment, Long> ids = new HashMap<>();
        List<DemoDepartment> parentsFirst = departments.stream()
            .sorted(Comparator.comparingInt(DemoDepartment::depth)).toList();
        int depth = 0;
        while (ids.size() < parentsFirst.size()) {
            int level = depth++;
            List<DemoDepartment> layer = parentsFirst.stream().filter(d -> d.depth() == level).toList();
            insert("department", List.of("code", "name", "parent_id"),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.BIGINT},
                layer.stream().map(d -> new Object[] {d.code, d.name, d.parent == null ? null : ids.get(d.parent)})
                    .toList(),
                " on conflict (code) do nothing");
            Map<String, Long> byCode = idsByCode("department", layer.stream().map(d -> d.code).toList());
            layer.forEach(d -> ids.put(d, byCode.get(d.code)));
        }
        return ids;
    }

    private Map<String, Long> writeJobTitles() {
        insert("job_title", List.of("code", "name"), new int[] {Types.VARCHAR, Types.VARCHAR},
            DemoCatalogue.TITLES.stream().map(t -> new Object[] {t.code(), t.name()}).toList(),
            " on conflict (code) do nothing");
        return idsByCode("job_title", DemoCatalogue.TITLES.stream().map(DemoCatalogue.Title::code).toList());
    }

    private int writeAccounts(List<DemoAccount> accounts, String passwordHash, Function<Member, Long> employeeId) {
        int written = 0;
        for (DemoAccount account : accounts) {
            List<Long> id = jdbc.queryForList("""
                insert into account (email, password_hash, employee_id, language) values (?, ?, ?, 'en')
                on conflict do nothing returning id
                """, Long.class, account.email(), passwordHash, employeeId.apply(account.employee()));
            if (id.isEmpty()) {
                log.warn("Demo account {} not created: an account with that e-mail exists", account.email());
                continue;
            }
            if (account.grantedRole() != null) {
                jdbc.update("insert into account_role (account_id, role) values (?, ?)", id.get(0),
                    account.grantedRole());
            }
            written++;
        }
        return written;
    }

    private Map<String, Long> idsByCode(String table, List<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from " + table + " where code = any (?)",
            rs -> {
                ids.put(rs.getString(1), rs.getLong(2));
            },
            (Object) codes.toArray(String[]::new));
        return ids;
    }

    private long nextId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
    }

    private void moveSequencePastRows(String table) {
        jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from " + table + "))",
            Long.class, table);
    }

    private void insert(String table, List<String> columns, int[] types, List<Object[]> rows) {
        insert(table, columns, types, rows, "");
    }

    private void insert(String table, List<String> columns, int[] types, List<Object[]> rows, String suffix) {
        String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = head + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)) + suffix;
            jdbc.update(sql, statement -> bind(statement, chunk, types));
        }
    }

    private static void bind(PreparedStatement statement, List<Object[]> rows, int[] types) throws SQLException {
        int index = 1;
        for (Object[] values : rows) {
            for (int column = 0; column < values.length; column++, index++) {
                if (values[column] == null) {
                    statement.setNull(index, types[column]);
                } else {
                    statement.setObject(index, values[column]);
                }
            }
        }
    }
}
