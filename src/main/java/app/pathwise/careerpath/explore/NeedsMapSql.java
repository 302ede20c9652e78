package app.pathwise.careerpath.explore;

import app.pathwise.careerpath.NeedsMapScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The needs map's statements. A scope becomes common table expressions: the people in scope (the
 * stored reporting line, a department's subtree, a job family), each placed on the level
 * their job title is tied to; requirements and current proficiency (the {@code current_proficiency}
 * table, one row per person and competency, kept from the ratings by the database) are then joined
 * and, for large groups, aggregated per department and competency in the same statement. A
 * department's people are found on the department index ({@code = any (array(...))}): joined to the
 * recursive subtree, whose size the planner cannot know, they were filtered out of every employee.
 */
public final class NeedsMapSql {

    /** Departments where people of a manager's line work. */
    public static final String DEPARTMENTS_IN_LINE = "with recursive " + line() + """
        select distinct d.id, d.name from line l join employee e on e.id = l.id
          join department d on d.id = e.department_id
         order by d.name, d.id
        """;

    private static final String COMPETENCY_COLUMNS = "c.code, " + Sql.localized("c.name", "name") + ", "
        + Sql.localized("g.name", "group_name");

    /** A few people's cells: their level's requirements against their current proficiency. */
    public static final String PERSON_CELLS = "with " + Sql.TITLE_LEVEL + """
        ,
        placed as (
            select e.id as employee_id, tl.level_id
              from employee e join title_level tl on tl.job_title_id = e.job_title_id
             where e.id in (:ids)
        )
        select p.employee_id, lc.competency_id, lc.required_level, cp.level as current_level,
               cp.manager_level is not null as confirmed, %s
          from placed p
          join level_competency lc on lc.level_id = p.level_id
          join competency c on c.id = lc.competency_id and c.active
          join competency_group g on g.id = c.group_id
          left join current_proficiency cp on cp.employee_id = p.employee_id and cp.competency_id = lc.competency_id
         order by g.position, g.id, c.code
        """.formatted(COMPETENCY_COLUMNS);

    private final NeedsMapScope scope;
    private final Long lineOf;
    private final Long me;

    /**
     * @param lineOf the manager whose line limits the scope (null for HR, who see everyone)
     * @param me     the user's employee id, for "my team" and "my line"
     */
    public NeedsMapSql(NeedsMapScope scope, Long lineOf, Long me) {
        this.scope = scope;
        this.lineOf = lineOf;
        this.me = me;
    }

    public MapSqlParameterSource parameters() {
        return new MapSqlParameterSource("me", LevelReader.viewerOrNone(me))
            .addValue("department", scope.departmentId()).addValue("family", scope.familyId());
    }

    /**
     * The people in scope by name, up to {@code limit}, with the group's size and how many are placed
     * (window counts). The limit is written into the statement: as a parameter, the database
     * re-planned the statement on every request.
     */
    public String people(int limit) {
        return scopeExpressions() + """

            select p.employee_id, p.full_name, %s, count(*) over () as people, count(p.level_id) over () as placed
              from placed p left join career_level cl on cl.id = p.level_id
             order by p.full_name, p.employee_id
             limit %d
            """.formatted(Sql.localized("cl.title", "level_title"), limit);
    }

    /**
     * Cells per department and competency (the totals per competency are their sums, added up by the
     * caller). The current proficiency of the people in scope is read on its key, one index range per
     * person ({@code = any (array(...))}); a plain join scanned all of it.
     */
    public String departmentCells() {
        return scopeExpressions() + """
            ,
            cur as (
                select p.department_id, lc.competency_id, lc.required_level, coalesce(cp.level, 0) as current_level
                  from placed p
                  join level_competency lc on lc.level_id = p.level_id
                  join competency c on c.id = lc.competency_id and c.active
                  left join current_proficiency cp on cp.employee_id = p.employee_id
                                                  and cp.competency_id = lc.competency_id
                                                  and cp.employee_id = any (array(select employee_id from placed))
            ),
            agg as (
                select department_id, competency_id, count(*) as people,
                       count(*) filter (where current_level < required_level) as below,
                       avg(required_level) as avg_required, avg(current_level) as avg_current
                  from cur
                 group by department_id, competency_id
            ),
            department_size as (
                select department_id, count(*) as people from placed group by department_id
            )
            select a.department_id, a.competency_id, a.people, a.below, a.avg_required, a.avg_current,
                   d.name as department_name, ds.people as department_people, %s
              from agg a
              join competency c on c.id = a.competency_id
              join competency_group g on g.id = c.group_id
              left join department d on d.id = a.department_id
              left join department_size ds on ds.department_id is not distinct from a.department_id
             order by g.position, g.id, c.code
            """.formatted(COMPETENCY_COLUMNS);
    }

    private String scopeExpressions() {
        List<String> parts = new ArrayList<>();
        boolean restricted = lineOf != null;
        if (scope.kind() == NeedsMapScope.Kind.LINE || restricted && scope.kind() != NeedsMapScope.Kind.TEAM) {
            parts.add(line());
        }
        if (scope.kind() == NeedsMapScope.Kind.DEPARTMENT && scope.departmentId() != null) {
            parts.add("""
                dept(id) as (
                    select cast(:department as bigint)
                    union
                    select d.id from department d join dept on d.parent_id = dept.id
                )""");
        }
        parts.add(Sql.TITLE_LEVEL);
        String inLine = restricted ? " and e.id in (select id from line)" : "";
        parts.add("scope(id) as (" + switch (scope.kind()) {
            case TEAM -> "select e.id from employee e where e.manager_id = :me and e.status <> 'INACTIVE'";
            case LINE -> "select id from line";
            case DEPARTMENT -> scope.departmentId() == null
                ? "select e.id from employee e where e.status <> 'INACTIVE'" + inLine
                : "select e.id from employee e where e.department_id = any (array(select id from dept))"
                    + " and e.status <> 'INACTIVE'" + inLine;
            case FAMILY -> """
                select e.id from employee e join title_level tl on tl.job_title_id = e.job_title_id
                 where tl.family_id = :family and e.status <> 'INACTIVE'""" + inLine;
        } + ")");
        parts.add("""
            placed as (
                select e.id as employee_id, e.full_name, e.department_id, tl.level_id
                  from scope s join employee e on e.id = s.id
                  left join title_level tl on tl.job_title_id = e.job_title_id
            )""");
        return "with recursive " + String.join(",\n", parts);
    }

    /**
     * The manager's whole line, read from the stored reporting lines (V39, ADR 0011): the same people
     * as walking down from the manager through everyone who has not left, without the walk.
     */
    private static String line() {
        return """
            line(id) as (
                select r.employee_id from reporting_line r where r.manager_id = :me
            )
            """;
    }
}
