/**
 * Scheduled jobs that are safe with several application instances (ShedLock on PostgreSQL); see
 * {@link app.pathwise.shared.scheduling.SchedulingConfiguration}.
 */
package app.pathwise.shared.scheduling;
