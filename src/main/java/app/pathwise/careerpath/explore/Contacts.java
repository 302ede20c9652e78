package app.pathwise.careerpath.explore;

import app.pathwise.careerpath.ExplorerContact;
import app.pathwise.careerpath.ExplorerContact.Relation;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Who to talk to" about a level, in one statement: the reader's manager when their job title sits
 * in the same job family, and a few people whose job title is tied to this level or the next one.
 * Whether the reader may open each person's page is decided in the same statement by walking up
 * from each of these few people (not down from the reader, whose line may be large). The people of
 * a level are read per job title tied to it, the first few by name on {@code ix_employee_job_title_name}
 * (V40): a level whose title thousands hold costs as little as one held by a handful.
 */
@Component
public class Contacts {

    public static final int PEOPLE_SHOWN = 5;

    private static final String SELECT = """
        with recursive candidate as (
            (select m.id, m.full_name, t.name as job_title, 'YOUR_MANAGER' as relation, 0 as rank
               from employee me
               join employee m on m.id = me.manager_id and m.status <> 'INACTIVE'
               left join job_title t on t.id = m.job_title_id
              where me.id = :viewer
                and exists (select 1 from level_job_title j
                              join career_level l on l.id = j.level_id
                              join career_path_version v on v.id = l.path_version_id and v.status = 'PUBLISHED'
                              join career_path p on p.id = v.path_id
                             where j.job_title_id = m.job_title_id and p.job_family_id = :family))
            union all
            (select e.id, e.full_name, t.name, case when j.level_id = :next then 'NEXT_LEVEL' else 'THIS_LEVEL' end,
                    case when j.level_id = :next then 1 else 2 end
               from level_job_title j
               cross join lateral (
                   select x.id, x.full_name, x.job_title_id from employee x
                    where x.job_title_id = j.job_title_id and x.status <> 'INACTIVE' and x.id <> :viewer
                      and x.id is distinct from (select manager_id from employee where id = :viewer)
                    order by x.full_name, x.id limit :shown) e
               left join job_title t on t.id = e.job_title_id
              where j.level_id in (:level, :next)
              order by case when j.level_id = :next then 1 else 2 end, e.full_name, e.id
              limit :shown)
        ),
        chain(candidate, manager_id, depth) as (
            select c.id, e.manager_id, 1 from candidate c join employee e on e.id = c.id
            union all
            select ch.candidate, e.manager_id, ch.depth + 1 from chain ch join employee e on e.id = ch.manager_id
             where ch.manager_id is not null and ch.depth < 64
        )
        select c.id, c.full_name, c.job_title, c.relation,
               exists (select 1 from chain ch where ch.candidate = c.id and ch.manager_id = :viewer) as in_line
          from candidate c
         order by c.rank, c.full_name, c.id
        """;

    private final NamedParameterJdbcTemplate jdbc;

    Contacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * People to talk to about {@code levelId} (and {@code nextLevelId}, null at the top of a path).
     * {@code seesEveryone} links every name (HR); {@code seesLine} links people in the reader's line
     * (managers); nobody else's name is linked.
     */
    public List<ExplorerContact> about(long familyId, long levelId, Long nextLevelId, Long viewer,
                                       boolean seesEveryone, boolean seesLine) {
        MapSqlParameterSource params = new MapSqlParameterSource("viewer", LevelReader.viewerOrNone(viewer))
            .addValue("family", familyId).addValue("level", levelId)
            .addValue("next", nextLevelId == null ? -1L : nextLevelId).addValue("shown", PEOPLE_SHOWN);
        return jdbc.query(SELECT, params, (rs, n) -> new ExplorerContact(rs.getLong("id"), rs.getString("full_name"),
            rs.getString("job_title"), Relation.valueOf(rs.getString("relation")),
            seesEveryone || seesLine && rs.getBoolean("in_line")));
    }
}
