/**
 * Shared kernel, open to every module: typed paging, the audit event every module publishes,
 * web helpers (flash messages, error pages), the embedded database used when no external one is
 * configured, and the SQL statement counter that keeps page costs honest.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.pathwise.shared;
