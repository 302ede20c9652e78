package app.pathwise.plan;

/**
 * What the signed-in user is to one plan (or to one employee's plans).
 *
 * @param planId the plan, or null when this is about an employee's plans in general
 * @param employeeId the plan's owner
 * @param status the plan's workflow status, or null without a plan
 * @param owner the user is the employee
 * @param reviewer the user decides on the plan as its manager: the direct manager, or when that
 *     manager is missing (none, inactive or on leave) the next active manager up the line, or HR
 * @param actingFor the user is the reviewer only because the direct manager is missing
 * @param lineManager the user is in the employee's management line (direct or indirect)
 * @param hr the user has the HR role (reads every plan)
 * @param reviewerId the employee who reviews the plan (null when nobody above is active: HR acts)
 */
public record PlanParty(Long planId, long employeeId, String status, boolean owner, boolean reviewer,
                        boolean actingFor, boolean lineManager, boolean hr, Long reviewerId) {

    /** The employee edits the plan's content. */
    public boolean mayEditContent() {
        return owner;
    }

    /** Owner, reviewer and manager line discuss the plan; HR reads only (unless acting as reviewer). */
    public boolean mayComment() {
        return owner || reviewer || lineManager;
    }
}
