package app.pathwise.audit;

import app.pathwise.shared.PageView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the audit log, newest first, optionally for one kind of record or one record. */
@Component
public class AuditQueries {

    /** The kinds of record the log can be filtered by; each has a label {@code audit.type.<kind>}. */
    public static final List<String> ENTITY_TYPES = List.of("employee", "department", "job_title", "account",
        "import", "competency", "competency_group", "proficiency_level", "certification", "employee_certification",
        "career_path", "career_path_version", "job_family", "objective", "key_result", "development_plan", "career_goal",
        "development_action");

    private final NamedParameterJdbcTemplate jdbc;

    AuditQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PageView<AuditEntryView> entries(String entityType, Long entityId, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entity_type = :type");
            params.put("type", entityType.strip());
        }
        if (entityId != null) {
            where.append(" and entity_id = :entity");
            params.put("entity", entityId);
        }
        long total = jdbc.queryForObject("select count(*) from audit_entry" + where, params, Long.class);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<AuditEntryView> rows = jdbc.query("""
            select id, occurred_at, actor_email, action, entity_type, entity_id, summary, client_address
              from audit_entry""" + where + " order by occurred_at desc, id desc limit :limit offset :offset",
            params, (rs, n) -> new AuditEntryView(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_email"), rs.getString("action"), rs.getString("entity_type"),
                (Long) rs.getObject("entity_id"), rs.getString("summary"), rs.getString("client_address")));
        return new PageView<>(rows, page, size, total);
    }
}
