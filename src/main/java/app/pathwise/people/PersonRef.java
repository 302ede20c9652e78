package app.pathwise.people;

/** A person named in a list: a report, a manager. */
public record PersonRef(long id, String fullName, String jobTitleName, String departmentName) {
}
