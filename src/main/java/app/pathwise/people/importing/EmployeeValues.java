package app.pathwise.people.importing;

import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.Gender;
import java.time.LocalDate;

/**
 * An employee as the database has it or as a row of the file would leave it, with departments,
 * job titles and managers given by code and number rather than id: that is how files speak.
 */
record EmployeeValues(String number, String fullName, String email, String departmentCode, String jobTitleCode,
                      String managerNumber, LocalDate hireDate, EmploymentStatus status, LocalDate endDate,
                      String language, Gender gender, Integer birthYear, String location) {
}
