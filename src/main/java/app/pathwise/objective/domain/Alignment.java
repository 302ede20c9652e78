package app.pathwise.objective.domain;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveStatus;
import app.pathwise.objective.Period;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an objective may align to. A personal objective: a company objective, or an objective of the
 * owner's department or of a department above it. A department objective: a company objective or an
 * objective of a department above its own. A company objective aligns to nothing. The objective aligned
 * to must be active (unless it already was the parent) and its period must cover the whole period of
 * the objective under it; no objective ends up under itself.
 */
@Component
public class Alignment {

    /** Departments a personal objective's owner may align to: theirs and those above it. */
    private static final String OWNER_CHAIN = """
        with recursive chain(id, parent_id, depth) as (
            select d.id, d.parent_id, 0 from department d join employee e on e.department_id = d.id where e.id = :holder
            union all
            select d.id, d.parent_id, c.depth + 1 from department d join chain c on d.id = c.parent_id where c.depth < 32
        )""";
    /** Departments a department's objective may align to: those above it. */
    private static final String DEPARTMENT_CHAIN = """
        with recursive chain(id, parent_id, depth) as (
            select p.id, p.parent_id, 0 from department d join department p on p.id = d.parent_id where d.id = :holder
            union all
            select d.id, d.parent_id, c.depth + 1 from department d join chain c on d.id = c.parent_id where c.depth < 32
        )""";
    /** How far back the form offers objectives to align to. */
    private static final int OPTIONS_DAYS_BACK = 400;

    private final NamedParameterJdbcTemplate jdbc;

    Alignment(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The objectives an objective of this scope and holder (owner for personal, department for a
     * department's) may align to: active ones that have not ended long ago, and the current parent
     * whatever its state. Company objectives first, then departments from the top down. One statement.
     */
    public List<ParentOption> options(ObjectiveScope scope, Long holderId, Long selfId, Long currentParentId,
                                      LocalDate today) {
        if (scope == ObjectiveScope.COMPANY) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("holder", holderId);
        params.put("self", selfId == null ? -1L : selfId);
        params.put("current", currentParentId == null ? -1L : currentParentId);
        params.put("since", today.minusDays(OPTIONS_DAYS_BACK));
        return jdbc.query(chain(scope) + """
            select o.id, o.scope, d.name as department_name, o.period_kind, o.period_year, o.period_number, o.title
              from objective o
              left join department d on d.id = o.department_id
              left join chain c on c.id = o.department_id
             where (o.scope = 'COMPANY' or o.scope = 'DEPARTMENT' and c.id is not null)
               and (o.status = 'ACTIVE' and o.ends_on >= :since or o.id = :current)
               and o.id <> :self
             order by o.scope = 'COMPANY' desc, c.depth desc, d.name, o.starts_on desc, o.ends_on desc, o.title, o.id
            """, params, (rs, n) -> new ParentOption(rs.getLong("id"), ObjectiveScope.valueOf(rs.getString("scope")),
            rs.getString("department_name"), ObjectiveReader.period(rs), rs.getString("title")));
    }

    /**
     * Adds the problems of aligning an objective (existing: {@code selfId}) of this scope and holder,
     * for this period, under {@code parentId}. One statement when there is a parent, none otherwise.
     */
    void check(ObjectiveScope scope, Long holderId, Long selfId, Long currentParentId, Period period, Long parentId,
               Problems problems) {
        if (parentId == null) {
            return;
        }
        if (scope == ObjectiveScope.COMPANY) {
            problems.add("parentId", "objective.form.parent-not-allowed");
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("holder", holderId);
        params.put("parent", parentId);
        params.put("self", selfId == null ? -1L : selfId);
        List<ParentFacts> found = jdbc.query(chain(scope) + """
            , up(id, parent_id, depth) as (
                select o.id, o.parent_id, 0 from objective o where o.id = :parent
                union all
                select o.id, o.parent_id, u.depth + 1 from objective o join up u on o.id = u.parent_id where u.depth < 32
            )
            select o.scope, o.status, o.period_kind, o.period_year, o.period_number,
                   o.scope = 'COMPANY' or o.scope = 'DEPARTMENT' and exists (select 1 from chain c where c.id = o.department_id)
                       as allowed,
                   exists (select 1 from up where up.id = :self) as cycle
              from objective o where o.id = :parent
            """, params, (rs, n) -> new ParentFacts(ObjectiveStatus.valueOf(rs.getString("status")),
            ObjectiveReader.period(rs), rs.getBoolean("allowed"), rs.getBoolean("cycle")));
        if (found.isEmpty() || !found.get(0).allowed() || found.get(0).cycle()) {
            problems.add("parentId", "objective.form.parent-not-allowed");
            return;
        }
        ParentFacts parent = found.get(0);
        if (parent.status() != ObjectiveStatus.ACTIVE && !Objects.equals(parentId, currentParentId)) {
            problems.add("parentId", "objective.form.parent-closed");
        } else if (period != null && !parent.period().covers(period)) {
            problems.add("parentId", "objective.form.parent-period");
        }
    }

    /** Whether every objective aligned under this one has a period within the given one. One statement. */
    boolean childrenFit(long objectiveId, Period period) {
        return !Boolean.TRUE.equals(jdbc.queryForObject("""
            select exists (select 1 from objective where parent_id = :id and (starts_on < :start or ends_on > :end))
            """, Map.of("id", objectiveId, "start", period.startsOn(), "end", period.endsOn()), Boolean.class));
    }

    private static String chain(ObjectiveScope scope) {
        return scope == ObjectiveScope.PERSONAL ? OWNER_CHAIN : DEPARTMENT_CHAIN;
    }

    private record ParentFacts(ObjectiveStatus status, Period period, boolean allowed, boolean cycle) {
    }
}
