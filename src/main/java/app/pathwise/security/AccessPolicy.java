package app.pathwise.security;

import app.pathwise.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see whose data. Self; managers for their whole reporting line; HR for everyone.
 * Executives read aggregates only, so they get no individual's data from here. Every module asks
 * this policy before it shows or changes an employee's data.
 */
@Component
public class AccessPolicy {

    private final EmployeeDirectory directory;

    AccessPolicy(EmployeeDirectory directory) {
        this.directory = directory;
    }

    /** Whether the user may read this employee's personal and development data. */
    public boolean canView(PathwiseUser user, long employeeId) {
        if (user.isSelf(employeeId) || user.has(Role.HR)) {
            return true;
        }
        return user.has(Role.MANAGER) && user.employeeId() != null
            && directory.isInReportingLine(user.employeeId(), employeeId);
    }

    /** Whether the user acts as this employee's manager (direct or indirect), which HR may do too. */
    public boolean canManage(PathwiseUser user, long employeeId) {
        if (user.isSelf(employeeId)) {
            return false;
        }
        return user.has(Role.HR) || user.has(Role.MANAGER) && user.employeeId() != null
            && directory.isInReportingLine(user.employeeId(), employeeId);
    }

    /** Whether the user is in this employee's management line (direct or indirect), HR not included. */
    public boolean isManagerOf(PathwiseUser user, long employeeId) {
        return !user.isSelf(employeeId) && user.has(Role.MANAGER) && user.employeeId() != null
            && directory.isInReportingLine(user.employeeId(), employeeId);
    }

    /** Whether the user maintains organisation records (the directory, import, departments). */
    public boolean canAdministerPeople(PathwiseUser user) {
        return user.has(Role.HR) || user.has(Role.ADMIN);
    }

    /** Throws the not-found answer when the user may not view the employee. */
    public void checkView(PathwiseUser user, long employeeId) {
        if (!canView(user, employeeId)) {
            throw new NotFoundException();
        }
    }
}
