package app.pathwise.careerpath;

import app.pathwise.careerpath.explore.LevelReader;
import app.pathwise.careerpath.explore.Sql;
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

    /**
     * For a level page: the framework's generation and the reader's level (as {@link
     * PathExplorerQueries#generation}), and the reader's stamp; one statement.
     */
    public ReaderStamp readWithLevel(Long reader) {
        return jdbc.queryForObject("""
            select max(g.generation) filter (where g.name = 'people') as people,
                   max(g.generation) filter (where g.name = 'framework') as framework,
                   max(g.generation) filter (where g.name = 'assessments') as assessments,
                   coalesce((select r.revision from assessment_revision r where r.employee_id = :viewer), 0) as revision,
                   %s as viewer_level
              from content_generation g
            """.formatted(Sql.VIEWER_LEVEL), Map.of("viewer", LevelReader.viewerOrNone(reader)),
            (rs, n) -> new ReaderStamp(new ExplorerGeneration(rs.getLong("framework"),
                (Long) rs.getObject("viewer_level")), new AssessmentStamp(rs.getLong("people"), rs.getLong("framework"),
                rs.getLong("assessments"), rs.getLong("revision"))));
    }

    /** The explorer's generation with the reader's level, and the reader's stamp, read together. */
    public record ReaderStamp(ExplorerGeneration explorer, AssessmentStamp reader) {
    }

    /** The stamp as of now, with the assessment revision of this person (none: {@code null}). */
    public AssessmentStamp read(Long employeeId) {
        return jdbc.queryForObject("""
            select max(g.generation) filter (where g.name = 'people') as people,
                   max(g.generation) filter (where g.name = 'framework') as framework,
                   max(g.generation) filter (where g.name = 'assessments') as assessments,
                   coalesce((select r.revision from assessment_revision r where r.employee_id = :employee), 0) as revision
              from content_generation g
            """, Map.of("employee", employeeId == null ? -1L : employeeId),
            (rs, n) -> new AssessmentStamp(rs.getLong("people"), rs.getLong("framework"), rs.getLong("assessments"),
                rs.getLong("revision")));
    }
}
