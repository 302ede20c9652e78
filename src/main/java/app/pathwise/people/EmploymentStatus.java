package app.pathwise.people;

/** Where an employee stands with the organisation. */
public enum EmploymentStatus {
    ACTIVE, ON_LEAVE, INACTIVE
}
