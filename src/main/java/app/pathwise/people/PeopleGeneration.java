package app.pathwise.people;

/**
 * The people generation as a request read it (raised by every committed change to employees,
 * departments, job titles and job history, V43), and the stamp of the person the page is about, as of
 * the same moment: {@code null} when the page is about nobody or the person does not exist.
 */
public record PeopleGeneration(long generation, EmployeeStamp employee) {

    /**
     * What a page that keeps a person's record rendered still needs on every request: the version its
     * forms send back and what they say.
     */
    public record EmployeeStamp(long id, long version, EmploymentStatus status, String fullName) {
    }
}
