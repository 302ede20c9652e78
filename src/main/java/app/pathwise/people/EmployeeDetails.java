package app.pathwise.people;

import java.time.LocalDate;

/** What HR enters about an employee; validated by the service before it reaches an entity. */
public record EmployeeDetails(
    String employeeNumber,
    String fullName,
    String workEmail,
    Long departmentId,
    Long jobTitleId,
    Long managerId,
    LocalDate hireDate,
    String preferredLanguage,
    Gender gender,
    Integer birthYear,
    String location) {
}
