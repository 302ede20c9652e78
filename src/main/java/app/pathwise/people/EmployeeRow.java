package app.pathwise.people;

/** One line of the directory. */
public record EmployeeRow(long id, String employeeNumber, String fullName, String workEmail, String departmentName,
                          String jobTitleName, String managerName, EmploymentStatus status) {
}
