/**
 * Development plans: the employee's career goals, the gaps they chose to work on, development
 * actions, the workflow with their manager (draft, submitted, changes requested, active, completed
 * or closed), the follow-up rhythm, check-ins, comments, progress reports, the yearly career review,
 * reminders and the manager's team view.
 *
 * <p>Who may do what on a plan is decided by {@link app.pathwise.plan.PlanAccess}: the employee owns
 * the content; their reviewer (the direct manager, or when that manager is missing the next active
 * manager up the line, or HR) decides; the rest of the manager line reads and comments; HR reads all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Development plans")
package app.pathwise.plan;
