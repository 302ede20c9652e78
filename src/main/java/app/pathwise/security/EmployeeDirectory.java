package app.pathwise.security;

import java.util.Optional;

/**
 * What security needs to know about the organisation, implemented by the people module, so that
 * security does not depend on it.
 */
public interface EmployeeDirectory {

    /** The employee's name and whether they still work here, or empty when there is no such employee. */
    Optional<Person> find(long employeeId);

    /** Whether anyone active reports to this employee. */
    boolean hasReports(long employeeId);

    /** Whether {@code employeeId} is in the reporting line (direct or indirect) of {@code managerId}. */
    boolean isInReportingLine(long managerId, long employeeId);

    /** Names of the given employees, for lists; one query whatever the number. */
    java.util.Map<Long, String> names(java.util.Collection<Long> employeeIds);

    /** An employee as security sees them. */
    record Person(String fullName, boolean active) {
    }
}
