package app.pathwise.plan.followup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The only changes follow-up makes to the plan row (owned by the plan workflow): the next check-in
 * date and the time of the last activity. Each change increments the row's version, so a form of the
 * plan opened before it cannot silently overwrite it.
 */
@Component
class PlanRows {

    private final JdbcTemplate jdbc;

    PlanRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void checkedIn(long planId, LocalDate nextCheckInOn, Instant now) {
        jdbc.update("update development_plan set next_check_in_on = ?, last_activity_at = ?, version = version + 1"
            + " where id = ?", Date.valueOf(nextCheckInOn), Timestamp.from(now), planId);
    }

    void touched(long planId, Instant now) {
        jdbc.update("update development_plan set last_activity_at = ?, version = version + 1 where id = ?",
            Timestamp.from(now), planId);
    }
}
