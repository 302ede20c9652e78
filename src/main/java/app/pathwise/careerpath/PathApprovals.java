package app.pathwise.careerpath;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How many career path versions wait for an executive's approval; for the executives' home page. */
@Component
public class PathApprovals {

    private static final Object[] NO_ARGUMENTS = {};

    private final JdbcTemplate jdbc;

    PathApprovals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Versions submitted and not yet approved or sent back; one statement. */
    public long awaiting() {
        Long count = jdbc.queryForObject("select count(*) from career_path_version where status = 'SUBMITTED'",
            Long.class, NO_ARGUMENTS);
        return count == null ? 0 : count;
    }
}
