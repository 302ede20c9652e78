package app.pathwise.plan;

import app.pathwise.plan.team.TeamQueries;
import app.pathwise.plan.team.TeamScope;
import app.pathwise.plan.team.TeamSummary;
import app.pathwise.security.PathwiseUser;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the home page shows of development plans, one statement each: the reader's own open plan,
 * and for a manager what their team's plans wait for (the same counts as the team view's summary).
 */
@Component
public class PlanHome {

    private final NamedParameterJdbcTemplate jdbc;
    private final TeamQueries team;
    private final Clock clock;

    PlanHome(NamedParameterJdbcTemplate jdbc, TeamQueries team, Clock clock) {
        this.jdbc = jdbc;
        this.team = team;
        this.clock = clock;
    }

    /** The employee's open plan (draft, submitted, changes requested or active), if they have one. */
    public Optional<MyPlanCard> myPlan(long employeeId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("""
            select p.id, p.status, p.title, p.next_check_in_on,
                   count(a.id) filter (where a.status <> 'CANCELLED') as actions,
                   count(a.id) filter (where a.status = 'DONE') as done,
                   count(a.id) filter (where a.status in ('PLANNED', 'IN_PROGRESS') and a.due_on < :today) as overdue
              from development_plan p
              left join development_action a on a.plan_id = p.id
             where p.employee_id = :employee and p.status in %s
             group by p.id
            """.formatted(PlanStatus.OPEN_SQL), Map.of("employee", employeeId, "today", Date.valueOf(today)),
            (rs, n) -> {
                PlanStatus status = PlanStatus.valueOf(rs.getString("status"));
                LocalDate next = rs.getObject("next_check_in_on", LocalDate.class);
                LocalDate nextCheckIn = status == PlanStatus.ACTIVE ? next : null;
                return new MyPlanCard(rs.getLong("id"), status, rs.getString("title"), rs.getInt("actions"),
                    rs.getInt("done"), rs.getInt("overdue"), nextCheckIn,
                    nextCheckIn != null && nextCheckIn.isBefore(today));
            }).stream().findFirst();
    }

    /** For a manager, their team's counts; empty for anyone else (HR finds theirs in the team view). */
    public Optional<TeamCard> team(PathwiseUser user) {
        if (!TeamQueries.scopes(user).contains(TeamScope.TEAM)) {
            return Optional.empty();
        }
        TeamSummary summary = team.summary(user, TeamScope.TEAM);
        return Optional.of(new TeamCard(summary.people(), summary.awaiting(), summary.missedCheckIns(),
            summary.peopleOverdue(), summary.withoutPlan()));
    }
}
