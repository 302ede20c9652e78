package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the competency framework: the scale, the groups and the competencies with their behaviours
 * per level. Every method runs one SQL statement, whatever the size of the framework.
 */
@Service
public class FrameworkQueries {

    private static final String COMPETENCY_COLUMNS = """
        c.id, c.version, c.code, c.name_en, c.name_vi, c.name_zh, c.description_en, c.description_vi,
        c.description_zh, c.active, g.id as group_id, g.code as group_code, g.name_en as group_name_en,
        g.name_vi as group_name_vi, g.name_zh as group_name_zh, g.position as group_position
        """;

    private static final String COMPETENCY_ORDER = " order by g.position, g.id, lower(c.name_en), c.id";

    private final JdbcTemplate jdbc;

    FrameworkQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The proficiency scale, lowest level first. */
    public List<ScaleLevelView> scale() {
        return jdbc.query("select * from proficiency_level order by level", (rs, n) -> scaleLevel(rs));
    }

    /** The scale for HR's page, with whether the top level could be removed. */
    public List<ScaleLevelRow> scaleForAuthoring() {
        return jdbc.query("""
            select p.*,
                   p.level = t.top and p.level > 2
                   and not exists (select 1 from competency_indicator i where i.level = p.level)
                   and not exists (select 1 from competency_rating r where r.level = p.level)
                   and not exists (select 1 from level_competency l where l.required_level = p.level) as removable
              from proficiency_level p cross join (select max(level) as top from proficiency_level) t
             order by p.level
            """, (rs, n) -> new ScaleLevelRow(scaleLevel(rs), rs.getBoolean("removable")));
    }

    /** The competency groups in display order. */
    public List<CompetencyGroupView> groups() {
        return jdbc.query("select * from competency_group order by position, id", (rs, n) -> group(rs));
    }

    /** The groups with the number of competencies (active or not) in each. */
    public List<CompetencyGroupRow> groupsWithCounts() {
        return jdbc.query("""
            select g.*, (select count(*) from competency c where c.group_id = g.id) as competencies
              from competency_group g order by g.position, g.id
            """, (rs, n) -> new CompetencyGroupRow(group(rs), rs.getLong("competencies")));
    }

    /** Every active competency with its group, by group then name. */
    public List<CompetencyView> activeCompetencies() {
        return jdbc.query("select " + COMPETENCY_COLUMNS
            + " from competency c join competency_group g on g.id = c.group_id where c.active"
            + COMPETENCY_ORDER, (rs, n) -> competency(rs));
    }

    /** The given competencies, active or not, by id (for lists of requirements and ratings). */
    public Map<Long, CompetencyView> competencies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<CompetencyView> found = jdbc.query("select " + COMPETENCY_COLUMNS
                + " from competency c join competency_group g on g.id = c.group_id where c.id = any(?)"
                + COMPETENCY_ORDER,
            ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())),
            (rs, n) -> competency(rs));
        return found.stream().collect(Collectors.toMap(CompetencyView::id, Function.identity(), (a, b) -> a,
            LinkedHashMap::new));
    }

    /** HR's list: competencies matching the filter, with how many levels their behaviours describe. */
    public List<CompetencyRow> competencies(CompetencyFilter filter) {
        StringBuilder sql = new StringBuilder("select " + COMPETENCY_COLUMNS + """
            , (select count(*) from competency_indicator i where i.competency_id = c.id) as described,
              (select count(*) from proficiency_level) as scale_size
              from competency c join competency_group g on g.id = c.group_id where true
            """);
        List<Object> args = new ArrayList<>();
        if (filter.query() != null && !filter.query().isBlank()) {
            sql.append(" and (c.code ilike ? or c.name_en ilike ? or c.name_vi ilike ? or c.name_zh ilike ?)");
            String pattern = "%" + filter.query().strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
            for (int i = 0; i < 4; i++) {
                args.add(pattern);
            }
        }
        if (filter.groupId() != null) {
            sql.append(" and c.group_id = ?");
            args.add(filter.groupId());
        }
        if (filter.active() != null) {
            sql.append(" and c.active = ?");
            args.add(filter.active());
        }
        sql.append(COMPETENCY_ORDER);
        return jdbc.query(sql.toString(), (rs, n) -> new CompetencyRow(competency(rs), rs.getInt("described"),
            rs.getInt("scale_size")), args.toArray());
    }

    /** One competency with its behaviours for every level of the scale (empty where not described). */
    public Optional<CompetencyDetails> competency(long id) {
        List<Object[]> rows = jdbc.query("select " + COMPETENCY_COLUMNS + """
            , p.level, p.label_en, p.label_vi, p.label_zh, i.behaviours_en, i.behaviours_vi, i.behaviours_zh
              from competency c join competency_group g on g.id = c.group_id
             cross join proficiency_level p
              left join competency_indicator i on i.competency_id = c.id and i.level = p.level
             where c.id = ? order by p.level
            """, (rs, n) -> new Object[] {competency(rs), rs.getLong("version"),
            new IndicatorView(rs.getInt("level"), LocalizedText.from(rs, "label"), LocalizedText.from(rs, "behaviours"))},
            id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<IndicatorView> indicators = rows.stream().map(row -> (IndicatorView) row[2]).toList();
        return Optional.of(new CompetencyDetails((CompetencyView) rows.get(0)[0], (Long) rows.get(0)[1], indicators));
    }

    private static ScaleLevelView scaleLevel(ResultSet rs) throws SQLException {
        return new ScaleLevelView(rs.getInt("level"), LocalizedText.from(rs, "label"),
            LocalizedText.from(rs, "description"), rs.getLong("version"));
    }

    private static CompetencyGroupView group(ResultSet rs) throws SQLException {
        return new CompetencyGroupView(rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"),
            rs.getInt("position"), rs.getLong("version"));
    }

    private static CompetencyView competency(ResultSet rs) throws SQLException {
        return new CompetencyView(rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"),
            LocalizedText.from(rs, "description"), rs.getLong("group_id"), rs.getString("group_code"),
            LocalizedText.from(rs, "group_name"), rs.getInt("group_position"), rs.getBoolean("active"));
    }
}
