package app.pathwise.plan.followup;

import app.pathwise.notification.Notice;
import app.pathwise.notification.Notifier;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders of active plans: a check-in due in a few days and a check-in overdue (to
 * the employee and their reviewer), an action overdue and a report due (to the employee).
 *
 * <p>Candidates are found in SQL over date windows, in batches ordered by a key, so a run reads only
 * what falls due around today however many plans there are (the indexes on the next check-in and on
 * open actions' due dates serve the windows). Each notice carries a deduplication key naming the plan
 * (or action), the date and the recipient, so running twice, or on two instances at once, sends
 * nothing twice; ShedLock keeps the usual run to one instance. Only plans of active employees are
 * reminded of.
 */
@Component
public class PlanReminders {

    public static final String CHECK_IN_DUE = "plan.check-in-due";
    public static final String CHECK_IN_OVERDUE = "plan.check-in-overdue";
    public static final String ACTION_OVERDUE = "plan.action-overdue";
    public static final String REPORT_DUE = "plan.report-due";

    private static final Logger LOG = LoggerFactory.getLogger(PlanReminders.class);

    /** Active plans whose next check-in falls in the window, with the reviewer as {@link app.pathwise.plan.PlanAccess} finds them. */
    static final String CHECK_INS = """
        select p.id, p.title, p.next_check_in_on as key_date, p.employee_id, e.full_name,
               (with recursive chain(id, manager_id, status, depth) as (
                    select m.id, m.manager_id, m.status, 1 from employee m where m.id = e.manager_id
                    union all
                    select m.id, m.manager_id, m.status, c.depth + 1
                      from chain c join employee m on m.id = c.manager_id
                     where c.depth < 64
                )
                select chain.id from chain where chain.status = 'ACTIVE' order by chain.depth limit 1) as reviewer_id
          from development_plan p join employee e on e.id = p.employee_id
         where p.status = 'ACTIVE' and e.status = 'ACTIVE'
           and p.next_check_in_on between :from and :to
           and (p.next_check_in_on, p.id) > (:afterDate, :afterId)
         order by p.next_check_in_on, p.id
         limit :batch""";

    static final String ACTIONS = """
        select a.id, a.title, a.due_on as key_date, p.id as plan_id, p.title as plan_title, p.employee_id
          from development_action a
          join development_plan p on p.id = a.plan_id
          join employee e on e.id = p.employee_id
         where a.status in ('PLANNED', 'IN_PROGRESS') and a.due_on between :from and :to
           and p.status = 'ACTIVE' and e.status = 'ACTIVE'
           and (a.due_on, a.id) > (:afterDate, :afterId)
         order by a.due_on, a.id
         limit :batch""";

    /**
     * Reporting periods ending in the window without a report. The periods are those of
     * {@link ReportPeriods}: period k starts k months (or quarters) after the plan's start, computed
     * from the start; only periods around today are generated. Expected periods only: ending on or
     * after the day the plan became active. Period ends have no index, so the batches walk the plans
     * in id order and each stops as soon as it is full: a run reads the plans once.
     */
    static final String REPORTS = """
        select p.id, p.title, p.employee_id, s.period_start as key_date, s.period_end
          from development_plan p
          join employee e on e.id = p.employee_id
          cross join lateral (
              select (p.starts_on + make_interval(months => k.k * st.step))::date as period_start,
                     least((p.starts_on + make_interval(months => (k.k + 1) * st.step))::date - 1, p.ends_on)
                         as period_end
                from (select case p.report_frequency when 'QUARTERLY' then 3 else 1 end as step,
                             ((extract(year from cast(:today as date)) - extract(year from p.starts_on)) * 12
                               + extract(month from cast(:today as date)) - extract(month from p.starts_on))::int
                               as months) st
                cross join lateral generate_series(greatest(0, st.months / st.step - 2), st.months / st.step + 1)
                    as k(k)
          ) s
         where p.status = 'ACTIVE' and e.status = 'ACTIVE' and p.report_frequency is not null
           and s.period_start <= p.ends_on
           and s.period_end between :from and :to
           and s.period_end >= greatest(p.starts_on,
                   coalesce(cast(p.approved_at at time zone :zone as date), p.starts_on))
           and not exists (select 1 from progress_report r
                            where r.plan_id = p.id and r.period_start = s.period_start)
           and p.id >= :afterId and (p.id, s.period_start) > (:afterId, :afterDate)
         order by p.id, s.period_start
         limit :batch""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Notifier notifier;
    private final TransactionTemplate transactions;
    private final ReminderSettings settings;
    private final Clock clock;

    PlanReminders(NamedParameterJdbcTemplate jdbc, Notifier notifier, TransactionTemplate transactions,
                  ReminderSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs daily ({@code pathwise.reminders.cron}) on one instance at a time. */
    @Scheduled(cron = "${pathwise.reminders.cron:0 0 7 * * *}")
    @SchedulerLock(name = "plan-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void sendReminders() {
        ReminderRun run = remind(LocalDate.now(clock));
        LOG.info("Plan reminders sent: {} check-ins due, {} check-ins overdue, {} actions overdue, {} reports due",
            run.checkInsDue(), run.checkInsOverdue(), run.actionsOverdue(), run.reportsDue());
    }

    /** Sends the reminders as of {@code today}; what was sent before is not sent again. */
    public ReminderRun remind(LocalDate today) {
        LocalDate earliest = today.minusDays(settings.lookbackDays());
        int due = each(CHECK_INS, today, today, today.plusDays(settings.dueInDays()), this::checkIn,
            c -> c.send(CHECK_IN_DUE, "plan-checkin-due"));
        int overdue = each(CHECK_INS, today, earliest, today.minusDays(1), this::checkIn,
            c -> c.send(CHECK_IN_OVERDUE, "plan-checkin-overdue"));
        int actions = each(ACTIONS, today, earliest, today.minusDays(1), (rs, i) -> new Candidate(rs.getLong("id"),
            rs.getObject("key_date", LocalDate.class), List.of(rs.getLong("employee_id")),
            "/plans/" + rs.getLong("plan_id"), List.of(rs.getString("title"), rs.getString("plan_title"),
            rs.getObject("key_date", LocalDate.class))), c -> c.send(ACTION_OVERDUE, "plan-action-overdue"));
        int reports = each(REPORTS, today, earliest, today.plusDays(settings.dueInDays()), (rs, i) -> new Candidate(
            rs.getLong("id"), rs.getObject("key_date", LocalDate.class), List.of(rs.getLong("employee_id")),
            "/plans/" + rs.getLong("id") + "/reports", List.of(rs.getString("title"),
            rs.getObject("key_date", LocalDate.class), rs.getObject("period_end", LocalDate.class))),
            c -> c.send(REPORT_DUE, "plan-report-due"));
        return new ReminderRun(due, overdue, actions, reports);
    }

    private Candidate checkIn(ResultSet rs, int row) throws SQLException {
        long planId = rs.getLong("id");
        long employee = rs.getLong("employee_id");
        Long reviewer = rs.getObject("reviewer_id", Long.class);
        LocalDate dueOn = rs.getObject("key_date", LocalDate.class);
        return new Candidate(planId, dueOn, reviewer == null || reviewer == employee ? List.of(employee)
            : List.of(employee, reviewer), "/plans/" + planId + "/check-ins",
            List.of(rs.getString("full_name"), rs.getString("title"), dueOn));
    }

    /** Walks the candidates batch by batch (each batch one statement and one transaction); counts what was sent. */
    private int each(String sql, LocalDate today, LocalDate from, LocalDate to, RowMapper<Candidate> mapper,
                     Function<Candidate, List<Notice>> notices) {
        MapSqlParameterSource params = new MapSqlParameterSource(Map.of("today", Date.valueOf(today),
            "from", Date.valueOf(from), "to", Date.valueOf(to), "batch", settings.batchSize(),
            "zone", ZoneId.systemDefault().getId()));
        LocalDate afterDate = LocalDate.of(1, 1, 1);
        long afterId = 0;
        int sent = 0;
        while (true) {
            params.addValue("afterDate", Date.valueOf(afterDate)).addValue("afterId", afterId);
            Batch batch = transactions.execute(status -> {
                List<Candidate> candidates = jdbc.query(sql, params, mapper);
                int stored = 0;
                for (Candidate candidate : candidates) {
                    for (Notice notice : notices.apply(candidate)) {
                        stored += notifier.send(notice) ? 1 : 0;
                    }
                }
                return new Batch(candidates, stored);
            });
            sent += batch.sent();
            if (batch.candidates().size() < settings.batchSize()) {
                return sent;
            }
            Candidate last = batch.candidates().get(batch.candidates().size() - 1);
            afterDate = last.date();
            afterId = last.id();
        }
    }

    private record Batch(List<Candidate> candidates, int sent) {
    }

    /**
     * Something to remind of: the plan (or action) id and date that order the batches and make the
     * deduplication key, the recipients, the link and the message arguments.
     */
    private record Candidate(long id, LocalDate date, List<Long> recipients, String link, List<Object> args) {

        List<Notice> send(String kind, String keyPrefix) {
            return recipients.stream().map(recipient -> Notice.of(recipient, kind, link, args.toArray())
                .once(keyPrefix + ":" + id + ":" + date + ":" + recipient)).toList();
        }
    }
}
