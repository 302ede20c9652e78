package app.pathwise.plan.team;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The team view: a manager's people and where their development plans stand, or HR's view of the
 * people whose direct manager is missing. One statement per page whatever the size of the line and
 * the number of plans and actions (a second one only when the page asked for lies past the end).
 */
@Component
public class TeamQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    TeamQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The scopes this reader may choose: managers their team and line, HR the unmanaged people. */
    public static List<TeamScope> scopes(PathwiseUser user) {
        List<TeamScope> scopes = new ArrayList<>();
        if (user.has(Role.MANAGER) && user.employeeId() != null) {
            scopes.add(TeamScope.TEAM);
            scopes.add(TeamScope.LINE);
        }
        if (user.has(Role.HR)) {
            scopes.add(TeamScope.UNMANAGED);
        }
        return scopes;
    }

    /**
     * A page of the team view. The scope defaults to the reader's first; a scope the reader may not
     * choose (and a reader with none) gets the not-found answer.
     */
    public TeamView team(PathwiseUser user, TeamFilter filter, int page, int size) {
        List<TeamScope> scopes = scopes(user);
        TeamFilter resolved = resolve(user, filter);
        long reader = user.employeeId() == null ? -1 : user.employeeId();
        boolean hr = user.has(Role.HR);
        LocalDate today = LocalDate.now(clock);
        Result result = run(new TeamSql(resolved, reader, hr, today, page, size));
        if (result.members.isEmpty() && result.summary.matching() > 0) {
            page = (int) ((result.summary.matching() - 1) / size);
            result = run(new TeamSql(resolved, reader, hr, today, page, size));
        }
        return new TeamView(resolved, scopes, result.summary,
            new PageView<>(result.members, page, size, result.summary.matching()));
    }

    /**
     * The stamp of the scope the team view would show for this filter (see {@link TeamStamp}); one
     * statement. A scope the reader may not choose gets the not-found answer.
     */
    public TeamStamp stamp(PathwiseUser user, TeamFilter filter) {
        TeamScope scope = resolve(user, filter).scope();
        long reader = user.employeeId() == null ? -1 : user.employeeId();
        return jdbc.queryForObject(TeamSql.stamp(scope), Map.of("me", reader),
            (rs, n) -> new TeamStamp(scope, rs.getLong("people"), rs.getLong("plans"), rs.getLong("revision")));
    }

    /**
     * The counts of one of the reader's scopes, without its people; one statement. A scope the reader
     * may not choose gets the not-found answer.
     */
    public TeamSummary summary(PathwiseUser user, TeamScope scope) {
        if (!scopes(user).contains(scope)) {
            throw new NotFoundException();
        }
        long reader = user.employeeId() == null ? -1 : user.employeeId();
        return run(new TeamSql(TeamFilter.everyone().withScope(scope), reader, user.has(Role.HR),
            LocalDate.now(clock), 0, 0)).summary;
    }

    /** The filter with the reader's first scope when it names none; not found for a scope not theirs. */
    private static TeamFilter resolve(PathwiseUser user, TeamFilter filter) {
        List<TeamScope> scopes = scopes(user);
        if (scopes.isEmpty()) {
            throw new NotFoundException();
        }
        TeamFilter resolved = filter.scope() == null ? filter.withScope(scopes.get(0)) : filter;
        if (!scopes.contains(resolved.scope())) {
            throw new NotFoundException();
        }
        return resolved;
    }

    private Result run(TeamSql sql) {
        List<TeamMember> members = new ArrayList<>();
        TeamSummary[] summary = new TeamSummary[1];
        jdbc.query(sql.sql(), sql.parameters(), rs -> {
            if (summary[0] == null) {
                summary[0] = new TeamSummary(rs.getLong("people"), rs.getLong("without_plan"),
                    rs.getLong("awaiting_count"), rs.getLong("missed_count"), rs.getLong("people_overdue"),
                    rs.getLong("overdue_actions"), rs.getLong("matching"));
            }
            if (rs.getObject("employee_id") != null) {
                members.add(member(rs));
            }
        });
        return new Result(summary[0] == null ? new TeamSummary(0, 0, 0, 0, 0, 0, 0) : summary[0], members);
    }

    private static TeamMember member(ResultSet rs) throws SQLException {
        Timestamp lastActivity = rs.getTimestamp("last_activity_at");
        java.sql.Date nextCheckIn = rs.getDate("next_check_in_on");
        String status = rs.getString("plan_status");
        return new TeamMember(rs.getLong("employee_id"), rs.getString("full_name"), rs.getString("job_title"),
            rs.getString("manager_name"), !rs.getBoolean("manager_active"), rs.getInt("depth"),
            rs.getObject("plan_id", Long.class), rs.getObject("plan_version", Long.class), PlanState.of(status),
            rs.getString("plan_title"), rs.getInt("actions"), rs.getInt("done"), rs.getInt("overdue"),
            "ACTIVE".equals(status) && nextCheckIn != null ? nextCheckIn.toLocalDate() : null,
            rs.getBoolean("missed"), lastActivity == null ? null : lastActivity.toInstant(),
            rs.getBoolean("awaiting"));
    }

    private record Result(TeamSummary summary, List<TeamMember> members) {
    }
}
