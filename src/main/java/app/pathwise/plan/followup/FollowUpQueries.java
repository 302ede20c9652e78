package app.pathwise.plan.followup;

import app.pathwise.plan.PlanParty;
import app.pathwise.shared.NotFoundException;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The follow-up summary of a plan for its page: next check-in, what is behind schedule (a missed
 * check-in, overdue actions, missing reports) and the latest comments, in two statements.
 */
@Component
public class FollowUpQueries {

    static final int LATEST_COMMENTS = 3;

    private final JdbcTemplate jdbc;
    private final CommentQueries comments;
    private final Clock clock;

    FollowUpQueries(JdbcTemplate jdbc, CommentQueries comments, Clock clock) {
        this.jdbc = jdbc;
        this.comments = comments;
        this.clock = clock;
    }

    /**
     * The summary of the plan the party was checked for ({@link app.pathwise.plan.PlanAccess#check}):
     * the caller has already decided the reader may see the plan. Flags are raised only while the
     * plan is active. Two statements.
     */
    public FollowUp summary(PlanParty party) {
        if (party.planId() == null) {
            throw new IllegalArgumentException("a party to one plan is needed");
        }
        long planId = party.planId();
        LocalDate today = LocalDate.now(clock);
        FollowUp summary = jdbc.query("select " + PlanFactsReader.COLUMNS + """
                   , (select max(c.held_on) from check_in c where c.plan_id = p.id) as last_check_in,
                   (select count(*) from check_in c where c.plan_id = p.id) as check_ins,
                   coalesce(p.next_check_in_on, p.first_check_in_on) < ? and not exists (select 1 from check_in c
                       where c.plan_id = p.id and c.held_on >= coalesce(p.next_check_in_on, p.first_check_in_on))
                       as missed,
                   (select count(*) from development_action a where a.plan_id = p.id
                       and a.status in ('PLANNED', 'IN_PROGRESS') and a.due_on < ?) as overdue_actions,
                   array(select r.period_start from progress_report r where r.plan_id = p.id) as reported,
                   exists (select 1 from career_review v where v.plan_id = p.id) as reviewed,
                   (select count(*) from plan_comment m where m.plan_id = p.id) as comments
              from development_plan p join employee e on e.id = p.employee_id
             where p.id = ?""", (rs, i) -> {
                PlanFacts plan = PlanFactsReader.map(rs);
                boolean active = plan.active();
                int missing = active ? ReportQueries.missing(plan, today, dates(rs.getArray("reported"))) : 0;
                return new FollowUp(planId, active, plan.dueCheckIn(), rs.getObject("last_check_in", LocalDate.class),
                    rs.getLong("check_ins"), active && rs.getBoolean("missed"),
                    active ? rs.getInt("overdue_actions") : 0, missing, plan.reportFrequency(),
                    rs.getBoolean("reviewed"), rs.getLong("comments"), List.of(), party.mayComment(),
                    active && (party.owner() || party.reviewer()));
            }, Date.valueOf(today), Date.valueOf(today), planId).stream().findFirst()
            .orElseThrow(NotFoundException::new);
        return summary.withLatestComments(comments.latest(planId, LATEST_COMMENTS));
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        List<LocalDate> dates = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            dates.add(value instanceof Date date ? date.toLocalDate() : (LocalDate) value);
        }
        return dates;
    }
}
