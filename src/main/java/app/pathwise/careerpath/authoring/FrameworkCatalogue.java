package app.pathwise.careerpath.authoring;

import app.pathwise.people.OrganisationService;
import app.pathwise.shared.LocalizedText;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What level requirements pick from: competencies, the proficiency scale, certifications and job
 * titles. The competency framework is read straight from its tables (the competency module's
 * public read services can replace these queries); job titles come from the people module.
 */
@Component
public class FrameworkCatalogue {

    /** A competency to choose, with its group for grouping the choices. */
    public record CompetencyOption(long id, String code, LocalizedText name, String groupCode, LocalizedText group,
                                   boolean active) {
    }

    /** A level of the proficiency scale. */
    public record ScaleLevel(int level, LocalizedText label) {
    }

    /** A certification of the catalogue. */
    public record CertificationOption(long id, String code, LocalizedText name, String issuer) {
    }

    /** A job title with its code, for the file format. */
    public record JobTitleCode(long id, String code, String name) {
    }

    private final JdbcTemplate jdbc;
    private final OrganisationService organisation;

    FrameworkCatalogue(JdbcTemplate jdbc, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** Every competency, active ones first within their group, in one statement. */
    @Transactional(readOnly = true)
    public List<CompetencyOption> competencies() {
        return jdbc.query("""
            select c.id, c.code, c.name_en, c.name_vi, c.name_zh, c.active, g.code as group_code,
                   g.name_en as group_en, g.name_vi as group_vi, g.name_zh as group_zh
              from competency c join competency_group g on g.id = c.group_id
             order by g.position, g.code, lower(c.name_en)
            """, (rs, n) -> new CompetencyOption(rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"),
            rs.getString("group_code"), LocalizedText.from(rs, "group"), rs.getBoolean("active")));
    }

    /** The proficiency scale, lowest level first. */
    @Transactional(readOnly = true)
    public List<ScaleLevel> scale() {
        return jdbc.query("select level, label_en, label_vi, label_zh from proficiency_level order by level",
            (rs, n) -> new ScaleLevel(rs.getInt("level"), LocalizedText.from(rs, "label")));
    }

    @Transactional(readOnly = true)
    public List<CertificationOption> certifications() {
        return jdbc.query("""
            select id, code, name_en, name_vi, name_zh, issuer from certification order by lower(name_en)
            """, (rs, n) -> new CertificationOption(rs.getLong("id"), rs.getString("code"),
            LocalizedText.from(rs, "name"), rs.getString("issuer")));
    }

    /** Job titles for choosing (id and name), from the people module. */
    public List<app.pathwise.people.Option> jobTitles() {
        return organisation.jobTitleOptions();
    }

    /** Job titles with their codes, for export and import. */
    @Transactional(readOnly = true)
    public List<JobTitleCode> jobTitleCodes() {
        return jdbc.query("select id, code, name from job_title order by code",
            (rs, n) -> new JobTitleCode(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** Which of these competencies exist, by id. */
    Map<Long, CompetencyOption> competenciesById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("""
            select c.id, c.code, c.name_en, c.name_vi, c.name_zh, c.active, g.code as group_code,
                   g.name_en as group_en, g.name_vi as group_vi, g.name_zh as group_zh
              from competency c join competency_group g on g.id = c.group_id
             where c.id = any(?)
            """, (rs, n) -> new CompetencyOption(rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"),
            rs.getString("group_code"), LocalizedText.from(rs, "group"), rs.getBoolean("active")), array(ids))
            .stream().collect(Collectors.toMap(CompetencyOption::id, Function.identity()));
    }

    /** Which of these ids are in the given table (certification or job_title). */
    List<Long> existing(String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (!table.equals("certification") && !table.equals("job_title")) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.queryForList("select id from " + table + " where id = any(?)", Long.class, array(ids));
    }

    /** The top of the proficiency scale, or 0 when the scale is empty. */
    int scaleTop() {
        Integer top = jdbc.queryForObject("select max(level) from proficiency_level", Integer.class);
        return top == null ? 0 : top;
    }

    /** The lowest level of the proficiency scale, or 1 when the scale is empty. */
    int scaleBottom() {
        Integer bottom = jdbc.queryForObject("select min(level) from proficiency_level", Integer.class);
        return bottom == null ? 1 : bottom;
    }

    static Object array(Collection<Long> ids) {
        return ids.toArray(new Long[0]);
    }
}
