/**
 * Follow-up of an active plan: check-ins on the agreed rhythm (with the manager's feedback), two-way
 * comments, progress and learning-application reports per period, the yearly career review, the
 * behind-schedule flags shown on the plan page ({@link app.pathwise.plan.followup.FollowUpQueries})
 * and the daily reminders ({@link app.pathwise.plan.followup.PlanReminders}).
 *
 * <p>The plan row itself belongs to the plan workflow; this package reads it with SQL and changes only
 * {@code next_check_in_on}, {@code last_activity_at} and {@code version} (always incremented with a
 * change). Who may do what is decided by {@link app.pathwise.plan.PlanAccess}.
 */
package app.pathwise.plan.followup;
