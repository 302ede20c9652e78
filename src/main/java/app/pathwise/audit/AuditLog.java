package app.pathwise.audit;

import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.audit.AuditedChange;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audited changes synchronously, inside the publisher's transaction: a change and its log
 * entry are saved together or not at all.
 */
@Component
class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AuditedChange change) {
        Long actorId = null;
        String actorEmail = null;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PathwiseUser user) {
            actorId = user.accountId();
            actorEmail = user.email();
        }
        String address = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            address = request.getRemoteAddr();
        }
        String summary = change.summary() == null ? null
            : change.summary().length() > 2000 ? change.summary().substring(0, 2000) : change.summary();
        jdbc.update("""
            insert into audit_entry (occurred_at, actor_account_id, actor_email, action, entity_type, entity_id,
                                     summary, client_address)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """, Timestamp.from(clock.instant()), actorId, actorEmail, change.action(), change.entityType(),
            change.entityId(), summary, address);
    }
}
