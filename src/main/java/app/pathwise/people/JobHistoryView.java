package app.pathwise.people;

import java.time.LocalDate;

/** One line of an employee's job history. */
public record JobHistoryView(LocalDate effectiveDate, JobChangeKind kind, String departmentName, String jobTitleName,
                             String managerName) {
}
