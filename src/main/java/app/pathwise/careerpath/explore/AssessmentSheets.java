package app.pathwise.careerpath.explore;

import app.pathwise.careerpath.ExplorerLevel;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds assessment sheets: who may do what (the person rates themself, their management line rates
 * them, HR reads; anyone else gets the not-found answer) and which competencies to list. Ratings are
 * read here with their evidence, which the competency module's current-proficiency view leaves out.
 */
@Component
public class AssessmentSheets {

    private static final String ITEMS = """
        with req as (
            select lc.competency_id,
                   max(case when lc.level_id = :current then lc.required_level end) as current_required,
                   max(case when lc.level_id = :target then lc.required_level end) as target_required
              from level_competency lc
             where lc.level_id in (:current, :target)
             group by lc.competency_id
        ),
        latest as (
            select distinct on (r.competency_id, r.rater_kind) r.competency_id, r.rater_kind, r.level, r.evidence,
                   r.comment, r.rated_at, r.rater_employee_id
              from competency_rating r
             where r.employee_id = :employee
             order by r.competency_id, r.rater_kind, r.rated_at desc, r.id desc
        ),
        listed as (select competency_id from req union select competency_id from latest)
        select c.id, c.code, %s, %s, r.current_required, r.target_required,
               s.level as self_level, s.evidence as self_evidence, s.rated_at as self_at,
               m.level as manager_level, m.comment as manager_comment, m.rated_at as manager_at,
               rater.full_name as manager_name
          from listed l
          join competency c on c.id = l.competency_id and c.active
          join competency_group g on g.id = c.group_id
          left join req r on r.competency_id = c.id
          left join latest s on s.competency_id = c.id and s.rater_kind = 'SELF'
          left join latest m on m.competency_id = c.id and m.rater_kind = 'MANAGER'
          left join employee rater on rater.id = m.rater_employee_id
         order by r.competency_id is null, g.position, g.id, c.code
        """.formatted(Sql.localized("c.name", "name"), Sql.localized("g.name", "group_name"));

    private final NamedParameterJdbcTemplate jdbc;
    private final EmployeeFactsReader facts;
    private final LevelReader levels;
    private final Scale scale;
    private final AccessPolicy access;

    AssessmentSheets(NamedParameterJdbcTemplate jdbc, EmployeeFactsReader facts, LevelReader levels, Scale scale,
                     AccessPolicy access) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.levels = levels;
        this.scale = scale;
        this.access = access;
    }

    /** What the user may do on this person's assessment; not found when nothing. */
    public AssessmentSheet.Mode mode(PathwiseUser user, long employeeId) {
        if (user.isSelf(employeeId)) {
            return AssessmentSheet.Mode.SELF;
        }
        if (access.isManagerOf(user, employeeId)) {
            return AssessmentSheet.Mode.MANAGER;
        }
        if (user.has(Role.HR)) {
            return AssessmentSheet.Mode.READ_ONLY;
        }
        throw new NotFoundException();
    }

    /**
     * The sheet for a person: their current level, a target (the given level of a published path, else
     * the next level up) and the competencies to rate. Five statements, and the access check.
     */
    public AssessmentSheet sheet(PathwiseUser user, long employeeId, Long targetLevelId) {
        AssessmentSheet.Mode mode = mode(user, employeeId);
        EmployeeFacts person = facts.find(employeeId).orElseThrow(NotFoundException::new);
        Long target = targetLevelId != null ? targetLevelId : person.nextLevelId();
        Set<Long> ids = new LinkedHashSet<>();
        if (person.levelId() != null) {
            ids.add(person.levelId());
        }
        if (target != null) {
            ids.add(target);
        }
        Map<Long, ExplorerLevel> found = levels.byIds(ids, null);
        if (targetLevelId != null && !found.containsKey(targetLevelId)) {
            throw new NotFoundException();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("employee", employeeId)
            .addValue("current", person.levelId() == null ? -1L : person.levelId())
            .addValue("target", target == null ? -1L : target);
        Map<Long, Map<Integer, LocalizedText>> behaviours = new HashMap<>();
        List<AssessmentItem> items = jdbc.query(ITEMS, params, (rs, n) -> new AssessmentItem(rs.getLong("id"),
            rs.getString("code"), LocalizedText.from(rs, "name"), LocalizedText.from(rs, "group_name"),
            (Integer) rs.getObject("current_required"), (Integer) rs.getObject("target_required"),
            (Integer) rs.getObject("self_level"), rs.getString("self_evidence"), instant(rs.getTimestamp("self_at")),
            (Integer) rs.getObject("manager_level"), rs.getString("manager_comment"), rs.getString("manager_name"),
            instant(rs.getTimestamp("manager_at")),
            behaviours.computeIfAbsent(rs.getLong("id"), id -> new HashMap<>())));
        readBehaviours(behaviours);
        return new AssessmentSheet(person, mode, found.get(person.levelId()), target == null ? null : found.get(target),
            items, scale.steps());
    }

    /** A competency's name, for the history of its ratings. */
    public Optional<LocalizedText> competencyName(long competencyId) {
        return jdbc.query("select %s from competency where id = :id".formatted(Sql.localized("name", "name")),
            Map.of("id", competencyId), (rs, n) -> LocalizedText.from(rs, "name")).stream().findFirst();
    }

    /** Fills each listed competency's behaviours per proficiency level; one statement. */
    private void readBehaviours(Map<Long, Map<Integer, LocalizedText>> byCompetency) {
        if (byCompetency.isEmpty()) {
            return;
        }
        jdbc.query("select competency_id, level, %s from competency_indicator where competency_id in (:ids)"
            .formatted(Sql.localized("behaviours", "behaviours")), Map.of("ids", byCompetency.keySet()), rs -> {
                byCompetency.get(rs.getLong("competency_id")).put(rs.getInt("level"), LocalizedText.from(rs, "behaviours"));
            });
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
