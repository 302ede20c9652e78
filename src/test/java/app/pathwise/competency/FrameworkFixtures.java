package app.pathwise.competency;

import app.pathwise.support.Fixtures;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Builds competency groups, competencies and certifications straight in the database, with unique codes. */
final class FrameworkFixtures {

    private final JdbcTemplate jdbc;

    FrameworkFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Integer> scale() {
        return jdbc.queryForList("select level from proficiency_level order by level", Integer.class);
    }

    long group(String name) {
        return jdbc.queryForObject("""
            insert into competency_group (code, name_en, name_vi, position)
            values (?, ?, ?, (select coalesce(max(position), 0) + 1 from competency_group)) returning id
            """, Long.class, Fixtures.unique("G"), name + " " + Fixtures.unique("g"), "Nhóm " + name);
    }

    /** A competency with behaviours for every level of the scale; returns its id. */
    long competency(long groupId, String name) {
        long id = jdbc.queryForObject("""
            insert into competency (code, group_id, name_en, name_vi, description_en)
            values (?, ?, ?, ?, ?) returning id
            """, Long.class, Fixtures.unique("C"), groupId, name + " " + Fixtures.unique("n"), "Năng lực " + name,
            "What " + name + " is about.");
        for (int level : scale()) {
            jdbc.update("insert into competency_indicator (competency_id, level, behaviours_en) values (?, ?, ?)",
                id, level, "Shows " + name + " at level " + level);
        }
        return id;
    }

    long certification(String name, Integer validityMonths) {
        return jdbc.queryForObject("""
            insert into certification (code, name_en, name_vi, issuer, validity_months) values (?, ?, ?, ?, ?)
            returning id
            """, Long.class, Fixtures.unique("X"), name, "Chứng chỉ " + name, "Issuer Inc.", validityMonths);
    }

    long earned(long employeeId, long certificationId, LocalDate earnedOn, LocalDate expiresOn) {
        return jdbc.queryForObject("""
            insert into employee_certification (employee_id, certification_id, earned_on, expires_on)
            values (?, ?, ?, ?) returning id
            """, Long.class, employeeId, certificationId, Date.valueOf(earnedOn),
            expiresOn == null ? null : Date.valueOf(expiresOn));
    }

    long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    int auditCount(String entityType, long entityId, String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ? and action = ?",
            Integer.class, entityType, entityId, action);
    }

    /**
     * The competency form's parameters with English behaviours for every level of the scale;
     * {@code overrides} are name, value pairs that replace (or add) parameters.
     */
    MockHttpServletRequestBuilder competencyForm(MockHttpServletRequestBuilder request, String code, long groupId,
                                                 String nameEn, String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("groupId", String.valueOf(groupId));
        params.put("nameEn", nameEn);
        params.put("nameVi", "Tên " + nameEn);
        params.put("descriptionEn", "About " + nameEn);
        List<Integer> scale = scale();
        for (int i = 0; i < scale.size(); i++) {
            params.put("indicators[" + i + "].level", String.valueOf(scale.get(i)));
            params.put("indicators[" + i + "].behavioursEn", "Level " + scale.get(i) + " behaviour of " + nameEn);
        }
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        params.forEach(request::param);
        return request;
    }
}
