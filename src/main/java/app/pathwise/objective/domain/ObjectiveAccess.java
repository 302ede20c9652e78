package app.pathwise.objective.domain;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may read and change objectives. Personal objectives: the owner reads and edits them, their
 * management line and HR read them ({@link AccessPolicy#canView}); nobody else, executives included,
 * sees them except as counts. Company and department objectives: everyone signed in reads them; HR
 * and executives edit the company's, HR and the department's managers edit a department's. A
 * manager's department is the department of their own employee record, and only while they have
 * active reports.
 */
@Component
public class ObjectiveAccess {

    private final AccessPolicy policy;
    private final NamedParameterJdbcTemplate jdbc;

    ObjectiveAccess(AccessPolicy policy, NamedParameterJdbcTemplate jdbc) {
        this.policy = policy;
        this.jdbc = jdbc;
    }

    public boolean canRead(PathwiseUser user, ObjectiveScope scope, Long ownerId) {
        return scope != ObjectiveScope.PERSONAL || ownerId != null && policy.canView(user, ownerId);
    }

    /** Whether the user may change the objective; one statement for a manager and a department objective. */
    public boolean canEdit(PathwiseUser user, ObjectiveScope scope, Long ownerId, Long departmentId) {
        return switch (scope) {
            case PERSONAL -> ownerId != null && user.isSelf(ownerId);
            case COMPANY -> canEditCompany(user);
            case DEPARTMENT -> canEditDepartment(user, departmentId);
        };
    }

    public boolean canEditCompany(PathwiseUser user) {
        return user.has(Role.HR) || user.has(Role.EXECUTIVE);
    }

    public boolean canEditDepartment(PathwiseUser user, Long departmentId) {
        if (departmentId == null) {
            return false;
        }
        return user.has(Role.HR) || Objects.equals(managedDepartment(user), departmentId);
    }

    /**
     * The department whose objectives the user edits as a manager: their own employee record's, while
     * anyone active reports to them; null otherwise. One statement for a manager, none for anyone else.
     */
    public Long managedDepartment(PathwiseUser user) {
        if (!user.has(Role.MANAGER) || user.employeeId() == null) {
            return null;
        }
        return jdbc.query("""
            select e.department_id from employee e
             where e.id = :me and e.status <> 'INACTIVE'
               and exists (select 1 from employee r where r.manager_id = e.id and r.status <> 'INACTIVE')
            """, Map.of("me", user.employeeId()), rs -> rs.next() ? (Long) rs.getObject(1) : null);
    }
}
