package app.pathwise.objective.domain;

import app.pathwise.objective.KeyResultKind;
import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveStatus;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.objective.Period;
import app.pathwise.objective.PeriodKind;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read models of the objective pages, each in a fixed number of statements, with the access
 * checks: records outside the user's reach are not found.
 */
@Component
public class ObjectivePages {

    /** How many values the history on an objective's page shows, newest first. */
    public static final int HISTORY_SIZE = 50;
    /** How many objectives aligned directly beneath one its page lists. */
    public static final int ALIGNED_SIZE = 200;
    private static final String OVERLAPS = " and o.starts_on <= :end and o.ends_on >= :start";

    private final ObjectiveReader reader;
    private final ObjectiveAccess access;
    private final AccessPolicy policy;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ObjectivePages(ObjectiveReader reader, ObjectiveAccess access, AccessPolicy policy, NamedParameterJdbcTemplate jdbc,
                   Clock clock) {
        this.reader = reader;
        this.access = access;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The period a page shows when none is chosen: the current quarter. */
    public Period currentPeriod() {
        return Period.containing(PeriodKind.QUARTER, today());
    }

    /**
     * The periods the pickers offer: every quarter, half and year of last year, this year and next,
     * and the given one (the period shown or an objective's own) wherever it lies.
     */
    public List<Period> periods(Period shown) {
        int year = today().getYear();
        List<Period> periods = new ArrayList<>(Period.of(year - 1, year + 1));
        if (shown != null && !periods.contains(shown)) {
            periods.add(shown);
            periods.sort(Comparator.comparingInt(Period::year).thenComparing(Period::kind)
                .thenComparingInt(Period::number));
        }
        return periods;
    }

    /** My personal objectives whose period overlaps the chosen one. Three statements. */
    public MyObjectives mine(PathwiseUser user, Period period) {
        if (user.employeeId() == null) {
            return new MyObjectives(period, null, null, List.of());
        }
        Person me = person(user.employeeId());
        return new MyObjectives(period, me == null ? null : me.departmentId(), me == null ? null : me.departmentName(),
            personal(user.employeeId(), period));
    }

    /** An employee's personal objectives, for themself, their management line and HR. Three or four statements. */
    public PersonObjectives person(PathwiseUser user, long employeeId, Period period) {
        policy.checkView(user, employeeId);
        Person person = person(employeeId);
        if (person == null) {
            throw new NotFoundException();
        }
        return new PersonObjectives(employeeId, person.fullName(), person.departmentName(), user.isSelf(employeeId),
            period, personal(employeeId, period));
    }

    /**
     * One objective with its key results, what is aligned beneath it (personal objectives only to those
     * who may read them) and its latest recorded values. Five to seven statements.
     */
    public ObjectiveDetail detail(PathwiseUser user, long id) {
        ObjectiveView objective = reader.objectives("o.id = :id", Map.of("id", id), today()).stream().findFirst()
            .orElseThrow(NotFoundException::new);
        if (!access.canRead(user, objective.scope(), objective.ownerId())) {
            throw new NotFoundException();
        }
        boolean editable = access.canEdit(user, objective.scope(), objective.ownerId(), objective.departmentId());
        RollUp rollUp = rollUps(List.of(id)).getOrDefault(id, RollUp.NONE);
        List<AlignedObjective> aligned = aligned(user, id);
        long listedPersonal = aligned.stream().filter(a -> a.scope() == ObjectiveScope.PERSONAL).count();
        return new ObjectiveDetail(objective, editable && objective.active(), editable && !objective.active(),
            rollUp, aligned, Math.max(0, rollUp.directPersonal() - listedPersonal), history(id));
    }

    /** The company's objectives overlapping the period, with what is aligned beneath each. Three statements. */
    public SharedObjectives company(PathwiseUser user, Period period) {
        List<ObjectiveView> objectives = reader.objectives("o.scope = 'COMPANY'" + OVERLAPS, range(period), today());
        return new SharedObjectives(ObjectiveScope.COMPANY, null, null, period, access.canEditCompany(user),
            objectives, rollUps(objectives.stream().map(ObjectiveView::id).toList()));
    }

    /** A department's objectives overlapping the period. Four or five statements; an unknown department is not found. */
    public SharedObjectives department(PathwiseUser user, long departmentId, Period period) {
        String name = jdbc.query("select name from department where id = :id", Map.of("id", departmentId),
            rs -> rs.next() ? rs.getString(1) : null);
        if (name == null) {
            throw new NotFoundException();
        }
        Map<String, Object> params = range(period);
        params.put("department", departmentId);
        List<ObjectiveView> objectives = reader.objectives("o.scope = 'DEPARTMENT' and o.department_id = :department"
            + OVERLAPS, params, today());
        return new SharedObjectives(ObjectiveScope.DEPARTMENT, departmentId, name, period,
            access.canEditDepartment(user, departmentId), objectives,
            rollUps(objectives.stream().map(ObjectiveView::id).toList()));
    }

    /** An objective the user may edit, for its forms; anything else is not found. Two or three statements. */
    public ObjectiveView editable(PathwiseUser user, long id) {
        ObjectiveView objective = reader.objectives("o.id = :id", Map.of("id", id), today()).stream().findFirst()
            .orElseThrow(NotFoundException::new);
        if (!access.canEdit(user, objective.scope(), objective.ownerId(), objective.departmentId())) {
            throw new NotFoundException();
        }
        return objective;
    }

    /** The name of a department the user may add objectives to; anything else is not found. */
    public String departmentToEdit(PathwiseUser user, long departmentId) {
        String name = access.canEditDepartment(user, departmentId) ? jdbc.query(
            "select name from department where id = :id", Map.of("id", departmentId),
            rs -> rs.next() ? rs.getString(1) : null) : null;
        if (name == null) {
            throw new NotFoundException();
        }
        return name;
    }

    public boolean canEditCompany(PathwiseUser user) {
        return access.canEditCompany(user);
    }

    private List<ObjectiveView> personal(long employeeId, Period period) {
        Map<String, Object> params = range(period);
        params.put("owner", employeeId);
        return reader.objectives("o.scope = 'PERSONAL' and o.owner_id = :owner" + OVERLAPS, params, today());
    }

    private Person person(long employeeId) {
        return jdbc.query("""
            select e.full_name, e.department_id, d.name from employee e left join department d on d.id = e.department_id
             where e.id = :id
            """, Map.of("id", employeeId), rs -> rs.next()
            ? new Person(rs.getString(1), (Long) rs.getObject(2), rs.getString(3)) : null);
    }

    /** For each of the objectives, what is aligned beneath it at any depth. One statement. */
    Map<Long, RollUp> rollUps(List<Long> ids) {
        Map<Long, RollUp> rollUps = new HashMap<>();
        jdbc.query("""
            with recursive below(root, id, depth) as (
                select o.parent_id, o.id, 1 from objective o where o.parent_id = any(cast(:ids as bigint[]))
                union all
                select b.root, o.id, b.depth + 1 from objective o join below b on o.parent_id = b.id where b.depth < 32
            )
            select b.root, count(*) as aligned, round(avg(p.progress)) as progress,
                   count(*) filter (where b.depth = 1 and o.scope = 'PERSONAL') as direct_personal,
                   round(avg(p.progress) filter (where b.depth = 1 and o.scope = 'PERSONAL')) as direct_personal_progress
              from below b join objective o on o.id = b.id
              left join lateral (
                  select avg(key_result_progress(k.start_value, k.target_value, k.current_value)) as progress
                    from key_result k where k.objective_id = o.id) p on true
             group by b.root
            """, Map.of("ids", ObjectiveReader.idArray(ids)), rs -> {
                rollUps.put(rs.getLong("root"), new RollUp(rs.getLong("aligned"), ObjectiveReader.integer(rs, "progress"),
                    rs.getLong("direct_personal"), ObjectiveReader.integer(rs, "direct_personal_progress")));
            });
        return rollUps;
    }

    private List<AlignedObjective> aligned(PathwiseUser user, long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("limit", ALIGNED_SIZE);
        Visibility.bind(params, user);
        return jdbc.query("with recursive " + Visibility.LINE + """
            select o.id, o.scope, o.title, o.owner_id, oe.full_name as owner_name, d.name as department_name,
                   o.period_kind, o.period_year, o.period_number, o.status, round(p.progress) as progress
              from objective o
              left join employee oe on oe.id = o.owner_id
              left join department d on d.id = o.department_id
              left join lateral (
                  select avg(key_result_progress(k.start_value, k.target_value, k.current_value)) as progress
                    from key_result k where k.objective_id = o.id) p on true
             where o.parent_id = :id and (o.scope <> 'PERSONAL' or\s""" + Visibility.VISIBLE_OWNER + """
            )
             order by o.scope = 'DEPARTMENT' desc, d.name, oe.full_name, o.starts_on, o.id
             limit :limit
            """, params, (rs, n) -> new AlignedObjective(rs.getLong("id"), ObjectiveScope.valueOf(rs.getString("scope")),
            rs.getString("title"), (Long) rs.getObject("owner_id"), rs.getString("owner_name"),
            rs.getString("department_name"), ObjectiveReader.period(rs), ObjectiveStatus.valueOf(rs.getString("status")),
            ObjectiveReader.integer(rs, "progress")));
    }

    private List<UpdateEntry> history(long objectiveId) {
        return jdbc.query("""
            select u.id, u.key_result_id, k.title, k.kind, k.unit, k.target_value, u.previous_value, u.value, u.note,
                   u.recorded_at, e.full_name, u.check_in_id
              from key_result_update u
              join key_result k on k.id = u.key_result_id
              left join employee e on e.id = u.recorded_by
             where k.objective_id = :id
             order by u.recorded_at desc, u.id desc
             limit :limit
            """, Map.of("id", objectiveId, "limit", HISTORY_SIZE), (rs, n) -> new UpdateEntry(rs.getLong("id"),
            rs.getLong("key_result_id"), rs.getString("title"), KeyResultKind.valueOf(rs.getString("kind")),
            rs.getString("unit"), rs.getBigDecimal("target_value"), rs.getBigDecimal("previous_value"),
            rs.getBigDecimal("value"), rs.getString("note"), rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("full_name"), rs.getObject("check_in_id") != null));
    }

    static Map<String, Object> range(Period period) {
        Map<String, Object> params = new HashMap<>();
        params.put("start", period.startsOn());
        params.put("end", period.endsOn());
        return params;
    }

    private record Person(String fullName, Long departmentId, String departmentName) {
    }

    /** The page of my objectives. */
    public record MyObjectives(Period period, Long departmentId, String departmentName,
                               List<ObjectiveView> objectives) {
    }

    /** An employee's objectives as their manager or HR reads them. */
    public record PersonObjectives(long employeeId, String fullName, String departmentName, boolean self,
                                   Period period, List<ObjectiveView> objectives) {
    }

    /**
     * An objective's page: whether the user may change it (active) or reopen it (closed), what is
     * aligned beneath it, the personal objectives directly beneath it that are not listed (not the
     * user's to read, or beyond the list's size) and the latest values recorded.
     */
    public record ObjectiveDetail(ObjectiveView objective, boolean editable, boolean reopenable, RollUp rollUp,
                                  List<AlignedObjective> aligned, long unlistedPersonal, List<UpdateEntry> history) {
    }

    /** The company's or a department's objectives for a period, with what is aligned beneath each. */
    public record SharedObjectives(ObjectiveScope scope, Long departmentId, String departmentName, Period period,
                                   boolean editable, List<ObjectiveView> objectives, Map<Long, RollUp> rollUps) {

        public RollUp rollUp(long objectiveId) {
            return rollUps.getOrDefault(objectiveId, RollUp.NONE);
        }
    }
}
