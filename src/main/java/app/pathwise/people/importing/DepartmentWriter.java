package app.pathwise.people.importing;

import app.pathwise.people.importing.DepartmentPlanner.DepartmentPlan;
import app.pathwise.people.importing.DepartmentPlanner.PlannedDepartment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a checked department plan in two bulk statements, inside the caller's transaction. Ids
 * of new departments are drawn first, so a parent may come later in the file.
 */
@Component
class DepartmentWriter {

    private final JdbcTemplate jdbc;

    DepartmentWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(DepartmentPlan plan, OrganisationSnapshot snapshot) {
        Map<String, Long> ids = new HashMap<>();
        snapshot.departments().forEach((code, department) -> ids.put(code, department.id()));
        List<PlannedDepartment> created = plan.planned().stream().filter(p -> p.action() == ImportAction.CREATED)
            .toList();
        List<Long> newIds = Bulk.newIds(jdbc, "department", created.size());
        for (int i = 0; i < created.size(); i++) {
            ids.put(created.get(i).code(), newIds.get(i));
        }
        Bulk.of(created).bigint(p -> ids.get(p.code())).text(PlannedDepartment::code).text(PlannedDepartment::name)
            .bigint(p -> ids.get(p.parentCode()))
            .update(jdbc, """
                insert into department (id, code, name, parent_id)
                select * from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[])
                """);
        Bulk.of(plan.planned().stream().filter(p -> p.action() == ImportAction.CHANGED).toList())
            .bigint(PlannedDepartment::id).text(PlannedDepartment::name).bigint(p -> ids.get(p.parentCode()))
            .update(jdbc, """
                update department d
                   set name = u.name, parent_id = u.parent_id, version = d.version + 1, updated_at = now()
                  from unnest(?::bigint[], ?::text[], ?::bigint[]) as u(id, name, parent_id)
                 where d.id = u.id
                """);
    }
}
