package app.pathwise.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntryView(long id, Instant occurredAt, String actorEmail, String action, String entityType,
                             Long entityId, String summary, String clientAddress) {
}
