package app.pathwise.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A person employed by the organisation. References to other records are kept as ids. */
@Entity
@Table(name = "employee")
class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String employeeNumber;
    private String fullName;
    private String workEmail;
    private Long departmentId;
    private Long jobTitleId;
    private Long managerId;
    private LocalDate hireDate;

    @Enumerated(EnumType.STRING)
    private EmploymentStatus status = EmploymentStatus.ACTIVE;

    private LocalDate endDate;
    private String preferredLanguage = "en";

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private Integer birthYear;
    private String location;
    private String searchText;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();


    protected Employee() {
    }

    Employee(EmployeeDetails details) {
        this.employeeNumber = details.employeeNumber();
        apply(details);
    }

    /**
     * Applies new details and says which job changes they make, so the caller can record them in
     * the job history with their effective date.
     */
    List<JobChangeKind> apply(EmployeeDetails details) {
        List<JobChangeKind> changes = new ArrayList<>();
        if (id != null) {
            if (!Objects.equals(jobTitleId, details.jobTitleId())) {
                changes.add(JobChangeKind.TITLE_CHANGE);
            }
            if (!Objects.equals(departmentId, details.departmentId())) {
                changes.add(JobChangeKind.TRANSFER);
            }
            if (!Objects.equals(managerId, details.managerId())) {
                changes.add(JobChangeKind.MANAGER_CHANGE);
            }
        }
        this.fullName = details.fullName().strip();
        this.workEmail = details.workEmail().strip();
        this.departmentId = details.departmentId();
        this.jobTitleId = details.jobTitleId();
        this.managerId = details.managerId();
        this.hireDate = details.hireDate();
        this.preferredLanguage = details.preferredLanguage();
        this.gender = details.gender();
        this.birthYear = details.birthYear();
        this.location = details.location();
        this.searchText = SearchText.forEmployee(fullName, workEmail, employeeNumber);
        this.updatedAt = Instant.now();
        return changes;
    }

    void deactivate(LocalDate endDate) {
        if (status == EmploymentStatus.INACTIVE) {
            throw new IllegalStateException("already inactive");
        }
        this.status = EmploymentStatus.INACTIVE;
        this.endDate = endDate;
        this.updatedAt = Instant.now();
    }

    void reactivate() {
        this.status = EmploymentStatus.ACTIVE;
        this.endDate = null;
        this.updatedAt = Instant.now();
    }

    void setStatus(EmploymentStatus status) {
        this.status = status;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getEmployeeNumber() {
        return employeeNumber;
    }

    String getFullName() {
        return fullName;
    }

    String getWorkEmail() {
        return workEmail;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    Long getJobTitleId() {
        return jobTitleId;
    }

    Long getManagerId() {
        return managerId;
    }

    LocalDate getHireDate() {
        return hireDate;
    }

    EmploymentStatus getStatus() {
        return status;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    String getPreferredLanguage() {
        return preferredLanguage;
    }

    Gender getGender() {
        return gender;
    }

    Integer getBirthYear() {
        return birthYear;
    }

    String getLocation() {
        return location;
    }
}
