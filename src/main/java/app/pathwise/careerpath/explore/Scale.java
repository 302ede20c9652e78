package app.pathwise.careerpath.explore;

import app.pathwise.shared.LocalizedText;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The proficiency scale, read straight from the framework's table; one statement. */
@Component
public class Scale {

    private final NamedParameterJdbcTemplate jdbc;

    Scale(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScaleStep> steps() {
        return jdbc.query("select level, %s, %s from proficiency_level order by level".formatted(
                Sql.localized("label", "label"), Sql.localized("description", "description")), Map.of(),
            (rs, n) -> new ScaleStep(rs.getInt("level"), LocalizedText.from(rs, "label"),
                LocalizedText.from(rs, "description")));
    }
}
