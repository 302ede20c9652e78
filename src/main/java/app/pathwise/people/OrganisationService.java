package app.pathwise.people;

import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments (a tree) and job titles. */
@Service
public class OrganisationService {

    /** Makes JdbcTemplate use a prepared statement, which the driver keeps prepared on the connection. */
    private static final Object[] NO_ARGUMENTS = {};

    private final Departments departments;
    private final JobTitles jobTitles;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    OrganisationService(Departments departments, JobTitles jobTitles, JdbcTemplate jdbc,
                        ApplicationEventPublisher events) {
        this.departments = departments;
        this.jobTitles = jobTitles;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A department in the tree, with its depth and the number of active people in it. */
    public record DepartmentNode(long id, long version, String code, String name, Long parentId, int depth,
                                 long headcount) {
    }

    /** The whole tree in display order, in one statement. */
    public List<DepartmentNode> departmentTree() {
        return jdbc.query("""
            with recursive tree(id, depth, path) as (
                select id, 0, array[lower(name)::text] from department where parent_id is null
                union all
                select d.id, t.depth + 1, t.path || lower(d.name)::text from department d join tree t on d.parent_id = t.id
                 where t.depth < 32
            )
            select d.id, d.version, d.code, d.name, d.parent_id, t.depth,
                   (select count(*) from employee e where e.department_id = d.id and e.status <> 'INACTIVE') as headcount
              from tree t join department d on d.id = t.id order by t.path
            """, (rs, n) -> new DepartmentNode(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
            rs.getString("name"), (Long) rs.getObject("parent_id"), rs.getInt("depth"), rs.getLong("headcount")),
            NO_ARGUMENTS);
    }

    /**
     * The tree as select options, without head counts (cheap enough for every directory page): one
     * prepared statement outside a transaction, so the database plans it once per connection.
     */
    public List<Option> departmentOptions() {
        return jdbc.query("""
            with recursive tree(id, depth, path) as (
                select id, 0, array[lower(name)::text] from department where parent_id is null
                union all
                select d.id, t.depth + 1, t.path || lower(d.name)::text from department d join tree t on d.parent_id = t.id
                 where t.depth < 32
            )
            select d.id, d.name, t.depth from tree t join department d on d.id = t.id order by t.path
            """, (rs, n) -> new Option(rs.getLong(1), "\u00a0\u00a0".repeat(rs.getInt(3)) + rs.getString(2)),
            NO_ARGUMENTS);
    }

    /** The tree as select options, indented by depth. */
    public static List<Option> toOptions(List<DepartmentNode> tree) {
        return tree.stream()
            .map(node -> new Option(node.id(), "\u00a0\u00a0".repeat(node.depth()) + node.name())).toList();
    }

    @Transactional(readOnly = true)
    public List<Option> jobTitleOptions() {
        return jobTitles.findAllByOrderByNameAsc().stream().map(t -> new Option(t.getId(), t.getName())).toList();
    }

    /** Job titles with the number of active people holding each. */
    public record JobTitleRow(long id, long version, String code, String name, long headcount) {
    }

    @Transactional(readOnly = true)
    public List<JobTitleRow> jobTitles() {
        return jdbc.query("""
            select t.id, t.version, t.code, t.name,
                   (select count(*) from employee e where e.job_title_id = t.id and e.status <> 'INACTIVE')
              from job_title t order by lower(t.name)
            """, (rs, n) -> new JobTitleRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getLong(5)));
    }

    @Transactional
    public FieldProblems saveDepartment(Long id, Long expectedVersion, String code, String name, Long parentId) {
        FieldProblems problems = new FieldProblems();
        departments.findByCode(code.strip()).filter(other -> !Objects.equals(other.getId(), id))
            .ifPresent(other -> problems.add("code", "people.department.code-taken"));
        if (parentId != null) {
            if (!departments.existsById(parentId)) {
                problems.add("parentId", "people.department.parent-unknown");
            } else if (id != null && ancestorsOf(parentId).contains(id)) {
                problems.add("parentId", "people.department.parent-cycle");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (id == null) {
            Department department = departments.save(new Department(code, name, parentId));
            events.publishEvent(new AuditedChange("department.created", "department", department.getId(), code));
        } else {
            Department department = departments.findById(id).orElseThrow(NotFoundException::new);
            if (expectedVersion == null || department.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(Department.class, id);
            }
            department.rename(name, parentId);
            departments.save(department);
            events.publishEvent(new AuditedChange("department.updated", "department", id,
                "name=" + name + ", parent=" + parentId));
        }
        return problems;
    }

    @Transactional
    public FieldProblems saveJobTitle(Long id, Long expectedVersion, String code, String name) {
        FieldProblems problems = new FieldProblems();
        jobTitles.findByCode(code.strip()).filter(other -> !Objects.equals(other.getId(), id))
            .ifPresent(other -> problems.add("code", "people.job-title.code-taken"));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (id == null) {
            JobTitle title = jobTitles.save(new JobTitle(code, name));
            events.publishEvent(new AuditedChange("job-title.created", "job_title", title.getId(), code));
        } else {
            JobTitle title = jobTitles.findById(id).orElseThrow(NotFoundException::new);
            if (expectedVersion == null || title.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(JobTitle.class, id);
            }
            title.rename(name);
            jobTitles.save(title);
            events.publishEvent(new AuditedChange("job-title.updated", "job_title", id, "name=" + name));
        }
        return problems;
    }

    private List<Long> ancestorsOf(long departmentId) {
        Map<Long, Long> parents = new HashMap<>();
        departments.findAll().forEach(d -> parents.put(d.getId(), d.getParentId()));
        List<Long> chain = new ArrayList<>();
        Long current = departmentId;
        while (current != null && !chain.contains(current)) {
            chain.add(current);
            current = parents.get(current);
        }
        return chain;
    }
}
