package app.pathwise.plan.followup;

import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.PlanStatus;
import app.pathwise.plan.ReportFrequency;
import app.pathwise.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the plan row (owned by the plan workflow) in one statement, optionally locking it. */
@Component
class PlanFactsReader {

    static final String COLUMNS = """
        p.id, p.title, p.employee_id, e.full_name, p.status, p.starts_on, p.ends_on, p.rhythm_frequency,
        p.rhythm_mode, p.first_check_in_on, p.next_check_in_on, p.report_frequency, p.approved_at,
        coalesce(p.completed_at, p.closed_at) as ended_at, p.previous_plan_id""";

    private final JdbcTemplate jdbc;

    PlanFactsReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    PlanFacts find(long planId) {
        return jdbc.query("select " + COLUMNS + " from development_plan p join employee e on e.id = p.employee_id"
            + " where p.id = ?", (rs, i) -> map(rs), planId).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** The plan, locked until the transaction ends, so two check-ins cannot answer the same due date. */
    PlanFacts lock(long planId) {
        return jdbc.query("select " + COLUMNS + " from development_plan p join employee e on e.id = p.employee_id"
            + " where p.id = ? for update of p", (rs, i) -> map(rs), planId).stream().findFirst()
            .orElseThrow(NotFoundException::new);
    }

    String employeeName(long employeeId) {
        return jdbc.queryForObject("select full_name from employee where id = ?", String.class, employeeId);
    }

    static PlanFacts map(ResultSet rs) throws SQLException {
        String rhythm = rs.getString("rhythm_frequency");
        String mode = rs.getString("rhythm_mode");
        String reports = rs.getString("report_frequency");
        LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
        Timestamp approved = rs.getTimestamp("approved_at");
        Timestamp ended = rs.getTimestamp("ended_at");
        return new PlanFacts(rs.getLong("id"), rs.getString("title"), rs.getLong("employee_id"),
            rs.getString("full_name"), PlanStatus.valueOf(rs.getString("status")), startsOn,
            rs.getObject("ends_on", LocalDate.class), rhythm == null ? null : CheckInFrequency.valueOf(rhythm),
            mode == null ? null : CheckInMode.valueOf(mode), rs.getObject("first_check_in_on", LocalDate.class),
            rs.getObject("next_check_in_on", LocalDate.class), reports == null ? null : ReportFrequency.valueOf(reports),
            approved == null || day(approved).isBefore(startsOn) ? startsOn : day(approved), ended == null ? null : day(ended),
            rs.getObject("previous_plan_id", Long.class));
    }

    private static LocalDate day(Timestamp timestamp) {
        return timestamp.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
