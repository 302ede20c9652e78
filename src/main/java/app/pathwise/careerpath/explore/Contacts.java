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
 * (V40): a level whose title thousands hold costs as little as one held by a handful. The statement
 * lives in the database as the function {@code explorer_contacts} (V42) so that PostgreSQL plans it
 * once per connection instead of on every call (its planning took five times its work).
 */
@Component
public class Contacts {

    public static final int PEOPLE_SHOWN = 5;

    /** The statement itself is the function {@code explorer_contacts} (V42), planned once per connection. */
    private static final String SELECT = """
        select id, full_name, job_title, relation, in_line
          from explorer_contacts(:viewer, :family, :level, :next, :shown)
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
