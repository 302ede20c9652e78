package app.pathwise.people;

/** The manager as an employee's own pages show them: name, job title and how to reach them. */
public record ManagerCard(long id, String fullName, String jobTitleName, String workEmail) {
}
