package app.pathwise.people;

/**
 * A person with their manager and the size of their whole reporting line, read in one statement for
 * the home page and the employee page.
 *
 * @param manager  null when the person has no manager
 * @param lineSize everyone below the person, directly or not, who has not left
 */
public record EmployeeOverview(EmployeeProfile profile, ManagerCard manager, long lineSize) {
}
