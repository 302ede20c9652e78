package app.pathwise.careerpath.explore;

import app.pathwise.careerpath.ExplorerCertification;
import app.pathwise.careerpath.ExplorerCompetency;
import app.pathwise.shared.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What levels require: competencies at a proficiency (with the behaviours expected there) and
 * certifications (with whether a given person holds each, still valid). One statement each, for any
 * number of levels.
 */
@Component
public class Requirements {

    private static final String COMPETENCIES = """
        select lc.level_id, c.id, c.code, %s, %s, lc.required_level, %s, %s
          from level_competency lc
          join competency c on c.id = lc.competency_id and c.active
          join competency_group g on g.id = c.group_id
          join proficiency_level pl on pl.level = lc.required_level
          left join competency_indicator ci on ci.competency_id = c.id and ci.level = lc.required_level
         where lc.level_id in (:levels)
         order by lc.level_id, g.position, g.id, c.code
        """.formatted(Sql.localized("c.name", "name"), Sql.localized("g.name", "group_name"),
        Sql.localized("pl.label", "label"), Sql.localized("ci.behaviours", "behaviours"));

    /**
     * A certification counts as held while one of the person's records of it has not ended: it ends
     * on its expiry date, else on the earned date plus the catalogue's validity, else never.
     */
    private static final String CERTIFICATIONS = """
        select lc.level_id, c.id, c.code, %s, c.issuer, c.validity_months, h.forever, h.until
          from level_certification lc
          join certification c on c.id = lc.certification_id
          left join lateral (
              select bool_or(x.ends is null) as forever, max(x.ends) as until
                from (select coalesce(ec.expires_on, (ec.earned_on + make_interval(months => c.validity_months))::date)
                             as ends
                        from employee_certification ec
                       where ec.employee_id = :employee and ec.certification_id = c.id) x
               where x.ends is null or x.ends >= :today) h on true
         where lc.level_id in (:levels)
         order by lc.level_id, c.code
        """.formatted(Sql.localized("c.name", "name"));

    private final NamedParameterJdbcTemplate jdbc;

    Requirements(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Required competencies per level id (levels without any are missing from the map). */
    public Map<Long, List<ExplorerCompetency>> competencies(Collection<Long> levelIds) {
        Map<Long, List<ExplorerCompetency>> result = new HashMap<>();
        if (levelIds.isEmpty()) {
            return result;
        }
        jdbc.query(COMPETENCIES, Map.of("levels", levelIds), rs -> {
            result.computeIfAbsent(rs.getLong("level_id"), id -> new ArrayList<>()).add(new ExplorerCompetency(
                rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"),
                LocalizedText.from(rs, "group_name"), rs.getInt("required_level"), LocalizedText.from(rs, "label"),
                LocalizedText.from(rs, "behaviours")));
        });
        return result;
    }

    /** Required certifications per level id, each marked held when {@code employeeId} holds it on {@code today}. */
    public Map<Long, List<ExplorerCertification>> certifications(Collection<Long> levelIds, Long employeeId,
                                                                 LocalDate today) {
        Map<Long, List<ExplorerCertification>> result = new HashMap<>();
        if (levelIds.isEmpty()) {
            return result;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("levels", levelIds)
            .addValue("employee", LevelReader.viewerOrNone(employeeId)).addValue("today", today);
        jdbc.query(CERTIFICATIONS, params, rs -> {
            Boolean forever = (Boolean) rs.getObject("forever");
            java.sql.Date until = rs.getDate("until");
            result.computeIfAbsent(rs.getLong("level_id"), id -> new ArrayList<>()).add(new ExplorerCertification(
                rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"), rs.getString("issuer"),
                (Integer) rs.getObject("validity_months"), forever != null,
                forever == null || forever || until == null ? null : until.toLocalDate()));
        });
        return result;
    }
}
