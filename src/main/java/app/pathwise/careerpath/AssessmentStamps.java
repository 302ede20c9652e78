package app.pathwise.careerpath;

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
