package app.pathwise.objective.domain;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveStatus;
import app.pathwise.objective.Period;
import app.pathwise.security.PathwiseUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The alignment tree of a period: company objectives, the department objectives aligned under them
 * (and under each other), and the personal objectives aligned under either. Each objective shows its
 * own progress and the average progress of everything aligned beneath it at any depth, computed in SQL.
 * Personal objectives are listed by title only to those who may read them (the owner, their management
 * line, HR); everyone else sees how many there are and their average progress. Two statements.
 */
@Component
public class AlignmentTree {

    /** How many personal objectives the tree lists under one objective. */
    public static final int PERSONAL_PER_NODE = 50;

    private final NamedParameterJdbcTemplate jdbc;

    AlignmentTree(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Tree tree(PathwiseUser user, Period period) {
        Map<String, Object> params = ObjectivePages.range(period);
        Map<Long, Node> nodes = new LinkedHashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("""
            with recursive per as (
                select o.id, o.parent_id, o.scope from objective o where o.starts_on <= :end and o.ends_on >= :start
            ), prog as (
                select p.id, avg(key_result_progress(k.start_value, k.target_value, k.current_value)) as progress
                  from per p left join key_result k on k.objective_id = p.id group by p.id
            ), below(root, id, depth) as (
                select p.parent_id, p.id, 1 from per p where p.parent_id is not null
                union all
                select b.root, p.id, b.depth + 1 from per p join below b on p.parent_id = b.id where b.depth < 32
            ), rolled as (
                select b.root, count(*) as aligned, round(avg(g.progress)) as progress,
                       count(*) filter (where b.depth = 1 and x.scope = 'PERSONAL') as direct_personal,
                       round(avg(g.progress) filter (where b.depth = 1 and x.scope = 'PERSONAL')) as direct_personal_progress
                  from below b join prog g on g.id = b.id join per x on x.id = b.id
                 group by b.root
            )
            select o.id, o.scope, o.title, o.parent_id, d.name as department_name, o.period_kind, o.period_year,
                   o.period_number, o.status, round(g.progress) as progress, coalesce(r.aligned, 0) as aligned,
                   r.progress as rolled, coalesce(r.direct_personal, 0) as direct_personal, r.direct_personal_progress
              from per join objective o on o.id = per.id
              join prog g on g.id = o.id
              left join department d on d.id = o.department_id
              left join rolled r on r.root = o.id
             where o.scope <> 'PERSONAL'
             order by o.scope = 'COMPANY' desc, d.name, o.starts_on, o.ends_on desc, o.title, o.id
            """, params, rs -> {
                Node node = new Node(rs.getLong("id"), ObjectiveScope.valueOf(rs.getString("scope")), rs.getString("title"),
                    rs.getString("department_name"), ObjectiveReader.period(rs),
                    ObjectiveStatus.valueOf(rs.getString("status")), ObjectiveReader.integer(rs, "progress"),
                    new RollUp(rs.getLong("aligned"), ObjectiveReader.integer(rs, "rolled"), rs.getLong("direct_personal"),
                        ObjectiveReader.integer(rs, "direct_personal_progress")));
                nodes.put(node.id(), node);
                Long parent = (Long) rs.getObject("parent_id");
                if (parent != null) {
                    parents.put(node.id(), parent);
                }
            });
        Visibility.bind(params, user);
        params.put("cap", PERSONAL_PER_NODE);
        jdbc.query("with recursive " + Visibility.LINE + """
            , visible as (
                select o.id, o.parent_id, o.owner_id, oe.full_name as owner_name, o.title, o.period_kind, o.period_year,
                       o.period_number, o.status,
                       round((select avg(key_result_progress(k.start_value, k.target_value, k.current_value))
                                from key_result k where k.objective_id = o.id)) as progress,
                       row_number() over (partition by o.parent_id order by oe.full_name, o.id) as rn
                  from objective o join employee oe on oe.id = o.owner_id
                 where o.scope = 'PERSONAL' and o.parent_id is not null
                   and o.starts_on <= :end and o.ends_on >= :start and\s""" + Visibility.VISIBLE_OWNER + """

            )
            select * from visible where rn <= :cap order by parent_id, rn
            """, params, rs -> {
                Node parent = nodes.get(rs.getLong("parent_id"));
                if (parent != null) {
                    parent.personal().add(new AlignedObjective(rs.getLong("id"), ObjectiveScope.PERSONAL,
                        rs.getString("title"), rs.getLong("owner_id"), rs.getString("owner_name"), null,
                        ObjectiveReader.period(rs), ObjectiveStatus.valueOf(rs.getString("status")),
                        ObjectiveReader.integer(rs, "progress")));
                }
            });
        List<Node> companyRoots = new ArrayList<>();
        List<Node> departmentRoots = new ArrayList<>();
        for (Node node : nodes.values()) {
            Node parent = parents.containsKey(node.id()) ? nodes.get(parents.get(node.id())) : null;
            if (parent != null) {
                parent.children().add(node);
            } else if (node.scope() == ObjectiveScope.COMPANY) {
                companyRoots.add(node);
            } else {
                departmentRoots.add(node);
            }
        }
        return new Tree(period, companyRoots, departmentRoots);
    }

    /** The tree: company objectives at the top, and department objectives aligned to none of them. */
    public record Tree(Period period, List<Node> companyObjectives, List<Node> unalignedDepartmentObjectives) {

        public boolean isEmpty() {
            return companyObjectives.isEmpty() && unalignedDepartmentObjectives.isEmpty();
        }
    }

    /**
     * A company or department objective in the tree: its own progress, the roll-up of everything
     * beneath it, the department objectives under it and the personal ones the reader may see.
     */
    public record Node(long id, ObjectiveScope scope, String title, String departmentName, Period period,
                       ObjectiveStatus status, Integer progress, RollUp rollUp, List<Node> children,
                       List<AlignedObjective> personal) {

        Node(long id, ObjectiveScope scope, String title, String departmentName, Period period, ObjectiveStatus status,
             Integer progress, RollUp rollUp) {
            this(id, scope, title, departmentName, period, status, progress, rollUp, new ArrayList<>(),
                new ArrayList<>());
        }

        /** Personal objectives directly beneath that the reader does not see listed. */
        public long unlistedPersonal() {
            return Math.max(0, rollUp.directPersonal() - personal.size());
        }
    }
}
