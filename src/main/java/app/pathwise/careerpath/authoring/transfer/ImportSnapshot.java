package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.careerpath.authoring.transfer.PathContents.PathInfo;
import app.pathwise.shared.LocalizedText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What an import is checked against, read in a fixed number of statements. */
@Component
class ImportSnapshot {

    record Competency(long id, String groupCode, LocalizedText name, LocalizedText description, boolean active) {
    }

    record Certification(long id, LocalizedText name, String issuer, Integer validityMonths) {
    }

    record Family(long id, LocalizedText name, LocalizedText description, int position) {
    }

    /** The database as the import sees it. */
    record State(Map<String, Competency> competencies, Set<String> groups, Map<String, LocalizedText> indicators,
                 Set<Integer> scale, Map<String, Certification> certifications, Map<String, Family> families,
                 Set<String> jobTitles, Map<String, PathInfo> paths, Map<String, Set<String>> levelCodes) {

        static String indicatorKey(String competency, int level) {
            return competency + "\u001F" + level;
        }
    }

    private final JdbcTemplate jdbc;
    private final PathContents contents;

    ImportSnapshot(JdbcTemplate jdbc, PathContents contents) {
        this.jdbc = jdbc;
        this.contents = contents;
    }

    State load() {
        Map<String, Competency> competencies = new HashMap<>();
        jdbc.query("""
            select c.id, c.code, g.code as group_code, c.name_en, c.name_vi, c.name_zh, c.description_en,
                   c.description_vi, c.description_zh, c.active
              from competency c join competency_group g on g.id = c.group_id
            """, rs -> {
            competencies.put(rs.getString("code"), new Competency(rs.getLong("id"), rs.getString("group_code"),
                LocalizedText.from(rs, "name"), LocalizedText.from(rs, "description"), rs.getBoolean("active")));
        });
        Set<String> groups = new HashSet<>(jdbc.queryForList("select code from competency_group", String.class));
        Map<String, LocalizedText> indicators = new HashMap<>();
        jdbc.query("""
            select c.code, i.level, i.behaviours_en, i.behaviours_vi, i.behaviours_zh
              from competency_indicator i join competency c on c.id = i.competency_id
            """, rs -> {
            indicators.put(State.indicatorKey(rs.getString("code"), rs.getInt("level")),
                LocalizedText.from(rs, "behaviours"));
        });
        Set<Integer> scale = new HashSet<>(jdbc.queryForList("select level from proficiency_level", Integer.class));
        Map<String, Certification> certifications = new HashMap<>();
        jdbc.query("select id, code, name_en, name_vi, name_zh, issuer, validity_months from certification", rs -> {
            certifications.put(rs.getString("code"), new Certification(rs.getLong("id"), LocalizedText.from(rs, "name"),
                rs.getString("issuer"), (Integer) rs.getObject("validity_months")));
        });
        Map<String, Family> families = new HashMap<>();
        jdbc.query("""
            select id, code, name_en, name_vi, name_zh, description_en, description_vi, description_zh, position
              from job_family
            """, rs -> {
            families.put(rs.getString("code"), new Family(rs.getLong("id"), LocalizedText.from(rs, "name"),
                LocalizedText.from(rs, "description"), rs.getInt("position")));
        });
        Set<String> jobTitles = new HashSet<>(jdbc.queryForList("select code from job_title", String.class));
        Map<String, Set<String>> levelCodes = new HashMap<>();
        jdbc.query("""
            select distinct p.code, l.code from career_level l join career_path_version v on v.id = l.path_version_id
              join career_path p on p.id = v.path_id where v.status <> 'RETIRED'
            """, rs -> {
            levelCodes.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return new State(competencies, groups, indicators, scale, certifications, families, jobTitles,
            contents.paths(), levelCodes);
    }
}
