package app.pathwise.demo;

import app.pathwise.demo.DemoOrganisation.DemoAccount;
import app.pathwise.demo.DemoOrganisation.JobChange;
import app.pathwise.people.SearchText;
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
 * Writes a generated company with multi-row inserts of up to a thousand rows each (see
 * {@link DemoRows}), so 50,000 employees take a few dozen statements. Employees and
 * job history get their ids here, managers before their reports, and the identity sequences are
 * moved past them afterwards; departments and job titles take ids from the database and keep
 * any row that already has their code.
 */
@Component
class DemoOrganisationWriter {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisationWriter.class);

    private final JdbcTemplate jdbc;
    private final DemoRows rows;

    DemoOrganisationWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new DemoRows(jdbc);
    }

    /** What was written; employees got the ids from {@code firstEmployeeId} on, in member number order. */
    record Written(int departments, int jobTitles, int employees, int jobChanges, int accounts, long firstEmployeeId) {

        Long employeeId(Member member) {
            return member == null ? null : firstEmployeeId + member.number - 1;
        }
    }

    Written write(DemoOrganisation organisation, String passwordHash) {
        Map<DemoDepartment, Long> departments = writeDepartments(organisation.chart().departments());
        Map<String, Long> titles = writeJobTitles();
        long firstEmployee = rows.nextId("employee");
        Function<Member, Long> employeeId = member -> member == null ? null : firstEmployee + member.number - 1;
        rows.insert("employee", List.of("id", "employee_number", "full_name", "work_email", "department_id",
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
        long firstChange = rows.nextId("job_history");
        List<JobChange> changes = organisation.jobChanges();
        List<Object[]> changeRows = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            JobChange change = changes.get(i);
            changeRows.add(new Object[] {firstChange + i, employeeId.apply(change.employee()), change.effectiveDate(),
                change.kind().name(), departments.get(change.department()), titles.get(change.title()),
                employeeId.apply(change.manager())});
        }
        rows.insert("job_history", List.of("id", "employee_id", "effective_date", "change_kind", "department_id",
                "job_title_id", "manager_id"),
            new int[] {Types.BIGINT, Types.BIGINT, Types.DATE, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT},
            changeRows);
        rows.moveSequencePastRows("employee");
        rows.moveSequencePastRows("job_history");
        int accounts = writeAccounts(organisation.accounts(), passwordHash, employeeId);
        return new Written(departments.size(), titles.size(), organisation.members().size(), changes.size(), accounts,
            firstEmployee);
    }

    private Map<DemoDepartment, Long> writeDepartments(List<DemoDepartment> departments) {
        Map<DemoDepartment, Long> ids = new HashMap<>();
        List<DemoDepartment> parentsFirst = departments.stream()
            .sorted(Comparator.comparingInt(DemoDepartment::depth)).toList();
        int depth = 0;
        while (ids.size() < parentsFirst.size()) {
            int level = depth++;
            List<DemoDepartment> layer = parentsFirst.stream().filter(d -> d.depth() == level).toList();
            rows.insert("department", List.of("code", "name", "parent_id"),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.BIGINT},
                layer.stream().map(d -> new Object[] {d.code, d.name, d.parent == null ? null : ids.get(d.parent)})
                    .toList(),
                " on conflict (code) do nothing");
            Map<String, Long> byCode = rows.idsByCode("department", layer.stream().map(d -> d.code).toList());
            layer.forEach(d -> ids.put(d, byCode.get(d.code)));
        }
        return ids;
    }

    private Map<String, Long> writeJobTitles() {
        rows.insert("job_title", List.of("code", "name"), new int[] {Types.VARCHAR, Types.VARCHAR},
            DemoCatalogue.TITLES.stream().map(t -> new Object[] {t.code(), t.name()}).toList(),
            " on conflict (code) do nothing");
        return rows.idsByCode("job_title", DemoCatalogue.TITLES.stream().map(DemoCatalogue.Title::code).toList());
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
}
