package app.pathwise.people;

import java.time.LocalDate;

/** Everything the employee page shows about one person. */
public record EmployeeProfile(long id, long version, String employeeNumber, String fullName, String workEmail,
                              Long departmentId, String departmentName, Long jobTitleId, String jobTitleName,
                              Long managerId, String managerName, LocalDate hireDate, EmploymentStatus status,
                              LocalDate endDate, String preferredLanguage, Gender gender, Integer birthYear,
                              String location) {

    public EmployeeDetails toDetails() {
        return new EmployeeDetails(employeeNumber, fullName, workEmail, departmentId, jobTitleId, managerId, hireDate,
            preferredLanguage, gender, birthYear, location);
    }
}
