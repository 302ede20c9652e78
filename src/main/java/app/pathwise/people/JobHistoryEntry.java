package app.pathwise.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One change of job title, department or manager, with the date it took effect. */
@Entity
@Table(name = "job_history")
class JobHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long employeeId;
    private LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    private JobChangeKind changeKind;

    private Long departmentId;
    private Long jobTitleId;
    private Long managerId;
    private Instant recordedAt = Instant.now();

    protected JobHistoryEntry() {
    }

    JobHistoryEntry(Employee employee, JobChangeKind kind, LocalDate effectiveDate) {
        this.employeeId = employee.getId();
        this.changeKind = kind;
        this.effectiveDate = effectiveDate;
        this.departmentId = employee.getDepartmentId();
        this.jobTitleId = employee.getJobTitleId();
        this.managerId = employee.getManagerId();
    }
}
