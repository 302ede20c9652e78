/**
 * The audit log: every {@link app.pathwise.shared.audit.AuditedChange} any module publishes is
 * written, in the same transaction, with who made it, when and from which address. Admins read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package app.pathwise.audit;
