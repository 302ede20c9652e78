package app.pathwise.people;

/** What the directory is narrowed to: free text, a department, a status. */
public record DirectoryFilter(String query, Long departmentId, EmploymentStatus status, boolean includeInactive) {
}
