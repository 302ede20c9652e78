package app.pathwise.shared.audit;

/**
 * A change worth keeping in the audit log, published by the module that made it, inside the
 * transaction that made it, so the log entry and the change commit or roll back together.
 *
 * @param action what happened, as a dotted code such as {@code employee.updated}
 * @param entityType the kind of record, such as {@code employee}
 * @param entityId the record's id
 * @param summary a short, non-sensitive description of what changed (never passwords)
 */
public record AuditedChange(String action, String entityType, Long entityId, String summary) {
}
