package app.pathwise.careerpath;

import app.pathwise.careerpath.explore.LevelReader;
import app.pathwise.careerpath.explore.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads {@link AssessmentStamp}s, in one statement. */
@Component
public class AssessmentStamps {

    private final NamedParameterJdbcTemplate jdbc;

    AssessmentStamps(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The generations and the person's revision ({@code :person}), as the columns of a stamp. */
    private static final String STAMP = """
        select max(g.generation) filter (where g.name = 'people') as people,
               max(g.generation) filter (where g.name = 'framework') as framework,
               max(g.generation) filter (where g.name = 'assessments') as assessments,
               coalesce((select r.revision from assessment_revision r where r.employee_id = :person), 0) as revision
        """;

    /**
     * For a level page: the framework's generation and the reader's level (as {@link
     * PathExplorerQueries#generation}), and the reader's stamp; one statement.
     */
    public ReaderStamp readWithLevel(Long reader) {
        return jdbc.queryForObject(STAMP + ", %s as viewer_level from content_generation g".formatted(Sql.VIEWER_LEVEL),
            Map.of("person", LevelReader.viewerOrNone(reader), "viewer", LevelReader.viewerOrNone(reader)),
            (rs, n) -> new ReaderStamp(new ExplorerGeneration(rs.getLong("framework"),
                (Long) rs.getObject("viewer_level")), stamp(rs)));
    }

    /** The explorer's generation with the reader's level, and the reader's stamp, read together. */
    public record ReaderStamp(ExplorerGeneration explorer, AssessmentStamp reader) {
    }

    /** The stamp as of now, with the assessment revision of this person (none: {@code null}). */
    public AssessmentStamp read(Long employeeId) {
        return jdbc.queryForObject(STAMP + " from content_generation g",
            Map.of("person", LevelReader.viewerOrNone(employeeId)), (rs, n) -> stamp(rs));
    }

    private static AssessmentStamp stamp(ResultSet rs) throws SQLException {
        return new AssessmentStamp(rs.getLong("people"), rs.getLong("framework"), rs.getLong("assessments"),
            rs.getLong("revision"));
    }
}
