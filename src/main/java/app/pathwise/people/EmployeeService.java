package app.pathwise.people;

import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What HR does with employee records: hire, change, deactivate. Every change is audited. */
@Service
public class EmployeeService {

    private final Employees employees;
    private final Departments departments;
    private final JobTitles jobTitles;
    private final JobHistory history;
    private final ReportingLines lines;
    private final ApplicationEventPublisher events;

    EmployeeService(Employees employees, Departments departments, JobTitles jobTitles, JobHistory history,
                    ReportingLines lines, ApplicationEventPublisher events) {
        this.employees = employees;
        this.departments = departments;
        this.jobTitles = jobTitles;
        this.history = history;
        this.lines = lines;
        this.events = events;
    }

    /** The outcome of a change: the employee's id, or the problems that stopped it (nothing saved). */
    public record Outcome(Long employeeId, FieldProblems problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    @Transactional
    public Outcome createEmployee(EmployeeDetails details) {
        FieldProblems problems = check(null, details);
        if (employees.findByEmployeeNumber(details.employeeNumber().strip()).isPresent()) {
            problems.add("employeeNumber", "people.employee.number-taken");
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        Employee employee = employees.save(new Employee(normalised(details)));
        history.save(new JobHistoryEntry(employee, JobChangeKind.HIRE, employee.getHireDate()));
        events.publishEvent(new AuditedChange("employee.created", "employee", employee.getId(),
            employee.getEmployeeNumber() + " " + employee.getFullName()));
        return new Outcome(employee.getId(), problems);
    }

    /** Changes an employee; job changes are recorded in the history as of {@code effectiveDate}. */
    @Transactional
    public Outcome updateEmployee(long id, long expectedVersion, EmployeeDetails details, LocalDate effectiveDate) {
        Employee employee = employees.findById(id).orElseThrow(NotFoundException::new);
        if (employee.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Employee.class, id);
        }
        FieldProblems problems = check(id, details);
        if (!problems.isEmpty()) {
            return new Outcome(id, problems);
        }
        String before = describe(employee);
        List<JobChangeKind> changes = employee.apply(normalised(details));
        employees.save(employee);
        for (JobChangeKind change : changes) {
            history.save(new JobHistoryEntry(employee, change, effectiveDate));
        }
        events.publishEvent(new AuditedChange("employee.updated", "employee", id,
            before + " -> " + describe(employee)));
        return new Outcome(id, problems);
    }

    @Transactional
    public void deactivateEmployee(long id, long expectedVersion, LocalDate endDate) {
        Employee employee = employees.findById(id).orElseThrow(NotFoundException::new);
        if (employee.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Employee.class, id);
        }
        if (endDate == null || endDate.isBefore(employee.getHireDate())) {
            throw new IllegalArgumentException("end date before hire date");
        }
        employee.deactivate(endDate);
        history.save(new JobHistoryEntry(employee, JobChangeKind.EXIT, endDate));
        events.publishEvent(new AuditedChange("employee.deactivated", "employee", id, "end date " + endDate));
    }

    @Transactional
    public void reactivateEmployee(long id, long expectedVersion, LocalDate effectiveDate) {
        Employee employee = employees.findById(id).orElseThrow(NotFoundException::new);
        if (employee.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Employee.class, id);
        }
        employee.reactivate();
        history.save(new JobHistoryEntry(employee, JobChangeKind.REHIRE, effectiveDate));
        events.publishEvent(new AuditedChange("employee.reactivated", "employee", id, "from " + effectiveDate));
    }

    private FieldProblems check(Long id, EmployeeDetails details) {
        FieldProblems problems = new FieldProblems();
        employees.findByWorkEmail(details.workEmail().strip())
            .filter(other -> !Objects.equals(other.getId(), id))
            .ifPresent(other -> problems.add("workEmail", "people.employee.email-taken"));
        if (details.departmentId() != null && !departments.existsById(details.departmentId())) {
            problems.add("departmentId", "people.employee.department-unknown");
        }
        if (details.jobTitleId() != null && !jobTitles.existsById(details.jobTitleId())) {
            problems.add("jobTitleId", "people.employee.job-title-unknown");
        }
        if (details.managerId() != null) {
            if (Objects.equals(details.managerId(), id)) {
                problems.add("managerId", "people.employee.manager-self");
            } else if (!employees.existsById(details.managerId())) {
                problems.add("managerId", "people.employee.manager-unknown");
            } else if (id != null && lines.isInReportingLine(id, details.managerId())) {
                problems.add("managerId", "people.employee.manager-cycle");
            }
        }
        return problems;
    }

    private static EmployeeDetails normalised(EmployeeDetails d) {
        String location = d.location() == null || d.location().isBlank() ? null : d.location().strip();
        return new EmployeeDetails(d.employeeNumber().strip(), d.fullName().strip(), d.workEmail().strip(),
            d.departmentId(), d.jobTitleId(), d.managerId(), d.hireDate(), d.preferredLanguage(), d.gender(),
            d.birthYear(), location);
    }

    private static String describe(Employee e) {
        return "name=" + e.getFullName() + ", email=" + e.getWorkEmail() + ", department=" + e.getDepartmentId()
            + ", title=" + e.getJobTitleId() + ", manager=" + e.getManagerId() + ", status=" + e.getStatus();
    }
}
