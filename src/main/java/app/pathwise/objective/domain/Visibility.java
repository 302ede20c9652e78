package app.pathwise.objective.domain;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import java.util.Map;

/**
 * The access policy's "who may see this employee" as SQL, for lists of personal objectives: the owner,
 * HR, and managers for their whole reporting line (computed once per statement with a recursive query).
 * Must agree with {@link app.pathwise.security.AccessPolicy#canView}.
 */
final class Visibility {

    /** A recursive CTE {@code line(id)}: everyone below the viewer, if the viewer is a manager. */
    static final String LINE = """
        line(id) as (
            select e.id from employee e where e.manager_id = :viewer and :manager
            union
            select e.id from employee e join line l on e.manager_id = l.id
        )""";
    /** Whether the personal objective {@code o} may be shown to the viewer; needs {@link #LINE}. */
    static final String VISIBLE_OWNER = "(:hr or o.owner_id = :viewer or o.owner_id in (select id from line))";

    private Visibility() {
    }

    static void bind(Map<String, Object> params, PathwiseUser user) {
        params.put("viewer", user.employeeId() == null ? -1L : user.employeeId());
        params.put("manager", user.has(Role.MANAGER) && user.employeeId() != null);
        params.put("hr", user.has(Role.HR));
    }
}
