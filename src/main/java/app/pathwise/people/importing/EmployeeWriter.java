package app.pathwise.people.importing;

import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.JobChangeKind;
import app.pathwise.people.SearchText;
import app.pathwise.people.importing.EmployeePlanner.EmployeePlan;
import app.pathwise.people.importing.EmployeePlanner.PlannedEmployee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a checked employee plan in a handful of bulk statements, inside the caller's
 * transaction: new job titles, then every new employee with their manager (ids are drawn first,
 * so a manager may come later in the file), then the changed employees, then the job history.
 */
@Component
class EmployeeWriter {

    private final JdbcTemplate jdbc;

    EmployeeWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Title(long id, String code, String name) {
    }

    private record Entry(long employeeId, LocalDate date, JobChangeKind kind, EmployeeValues values) {
    }

    /** Returns the number of job history entries written. */
    int write(EmployeePlan plan, OrganisationSnapshot snapshot) {
        Map<String, Long> titleIds = new HashMap<>();
        snapshot.jobTitles().forEach((code, title) -> titleIds.put(code, title.id()));
        List<Long> newTitleIds = Bulk.newIds(jdbc, "job_title", plan.newJobTitles().size());
        List<Title> titles = new ArrayList<>();
        plan.newJobTitles().forEach((code, name) -> titles.add(new Title(newTitleIds.get(titles.size()), code, name)));
        titles.forEach(title -> titleIds.put(title.code(), title.id()));
        Bulk.of(titles).bigint(Title::id).text(Title::code).text(Title::name).update(jdbc, """
            insert into job_title (id, code, name) select * from unnest(?::bigint[], ?::text[], ?::text[])
            """);

        Map<String, Long> departmentIds = new HashMap<>();
        snapshot.departments().forEach((code, department) -> departmentIds.put(code, department.id()));
        Map<String, Long> employeeIds = new HashMap<>();
        snapshot.employees().forEach((number, employee) -> employeeIds.put(number, employee.id()));

        List<PlannedEmployee> created = plan.planned().stream().filter(p -> p.action() == ImportAction.CREATED)
            .toList();
        List<PlannedEmployee> changed = plan.planned().stream().filter(p -> p.action() == ImportAction.CHANGED)
            .toList();
        List<Long> newIds = Bulk.newIds(jdbc, "employee", created.size());
        for (int i = 0; i < created.size(); i++) {
            employeeIds.put(created.get(i).after().number(), newIds.get(i));
        }

        // Addresses may move between people in one file: free the old ones first, so the unique
        // index never sees two holders half-way through.
        Bulk.of(changed.stream().filter(p -> !lower(p.before().email()).equals(lower(p.after().email()))).toList())
            .bigint(PlannedEmployee::id)
            .update(jdbc, """
                update employee e set work_email = 'import-' || e.id || '@moving.invalid'
                  from unnest(?::bigint[]) as u(id) where e.id = u.id
                """);

        Bulk.of(created)
            .bigint(p -> employeeIds.get(p.after().number()))
            .text(p -> p.after().number())
            .text(p -> p.after().fullName())
            .text(p -> p.after().email())
            .bigint(p -> departmentIds.get(p.after().departmentCode()))
            .bigint(p -> titleIds.get(p.after().jobTitleCode()))
            .bigint(p -> employeeIds.get(p.after().managerNumber()))
            .date(p -> p.after().hireDate())
            .text(p -> p.after().status().name())
            .date(p -> p.after().endDate())
            .text(p -> p.after().language())
            .text(p -> p.after().gender() == null ? null : p.after().gender().name())
            .integer(p -> p.after().birthYear())
            .text(p -> p.after().location())
            .text(p -> SearchText.forEmployee(p.after().fullName(), p.after().email(), p.after().number()))
            .update(jdbc, """
                insert into employee (id, employee_number, full_name, work_email, department_id, job_title_id,
                                      manager_id, hire_date, status, end_date, preferred_language, gender, birth_year,
                                      location, search_text)
                select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[],
                                     ?::bigint[], ?::date[], ?::text[], ?::date[], ?::text[], ?::text[], ?::int4[],
                                     ?::text[], ?::text[])
                """);

        Bulk.of(changed)
            .bigint(PlannedEmployee::id)
            .text(p -> p.after().fullName())
            .text(p -> p.after().email())
            .bigint(p -> departmentIds.get(p.after().departmentCode()))
            .bigint(p -> titleIds.get(p.after().jobTitleCode()))
            .bigint(p -> employeeIds.get(p.after().managerNumber()))
            .date(p -> p.after().hireDate())
            .text(p -> p.after().status().name())
            .date(p -> p.after().endDate())
            .text(p -> p.after().language())
            .text(p -> p.after().gender() == null ? null : p.after().gender().name())
            .integer(p -> p.after().birthYear())
            .text(p -> p.after().location())
            .text(p -> SearchText.forEmployee(p.after().fullName(), p.after().email(), p.after().number()))
            .update(jdbc, """
                update employee e
                   set full_name = u.full_name, work_email = u.work_email, department_id = u.department_id,
                       job_title_id = u.job_title_id, manager_id = u.manager_id, hire_date = u.hire_date,
                       status = u.status, end_date = u.end_date, preferred_language = u.preferred_language,
                       gender = u.gender, birth_year = u.birth_year, location = u.location,
                       search_text = u.search_text, version = e.version + 1, updated_at = now()
                  from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::date[],
                              ?::text[], ?::date[], ?::text[], ?::text[], ?::int4[], ?::text[], ?::text[])
                       as u(id, full_name, work_email, department_id, job_title_id, manager_id, hire_date, status,
                            end_date, preferred_language, gender, birth_year, location, search_text)
                 where e.id = u.id
                """);

        List<Entry> history = new ArrayList<>();
        for (PlannedEmployee p : plan.planned()) {
            long id = employeeIds.get(p.after().number());
            historyOf(p).forEach((kind, date) -> history.add(new Entry(id, date, kind, p.after())));
        }
        Bulk.of(history)
            .bigint(Entry::employeeId)
            .date(Entry::date)
            .text(e -> e.kind().name())
            .bigint(e -> departmentIds.get(e.values().departmentCode()))
            .bigint(e -> titleIds.get(e.values().jobTitleCode()))
            .bigint(e -> employeeIds.get(e.values().managerNumber()))
            .update(jdbc, """
                insert into job_history (employee_id, effective_date, change_kind, department_id, job_title_id,
                                         manager_id)
                select * from unnest(?::bigint[], ?::date[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[])
                """);
        return history.size();
    }

    /** The same entries the employee form writes: a hire, each kind of job change, leaving and returning. */
    private static Map<JobChangeKind, LocalDate> historyOf(PlannedEmployee p) {
        EmployeeValues before = p.before();
        EmployeeValues after = p.after();
        Map<JobChangeKind, LocalDate> entries = new java.util.LinkedHashMap<>();
        if (before == null) {
            entries.put(JobChangeKind.HIRE, after.hireDate());
            if (after.status() == EmploymentStatus.INACTIVE) {
                entries.put(JobChangeKind.EXIT, after.endDate());
            }
            return entries;
        }
        if (!Objects.equals(before.jobTitleCode(), after.jobTitleCode())) {
            entries.put(JobChangeKind.TITLE_CHANGE, p.effectiveDate());
        }
        if (!Objects.equals(before.departmentCode(), after.departmentCode())) {
            entries.put(JobChangeKind.TRANSFER, p.effectiveDate());
        }
        if (!Objects.equals(before.managerNumber(), after.managerNumber())) {
            entries.put(JobChangeKind.MANAGER_CHANGE, p.effectiveDate());
        }
        boolean leftBefore = before.status() == EmploymentStatus.INACTIVE;
        boolean leftAfter = after.status() == EmploymentStatus.INACTIVE;
        if (!leftBefore && leftAfter) {
            entries.put(JobChangeKind.EXIT, after.endDate());
        } else if (leftBefore && !leftAfter) {
            entries.put(JobChangeKind.REHIRE, p.effectiveDate());
        }
        return entries;
    }

    private static String lower(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
