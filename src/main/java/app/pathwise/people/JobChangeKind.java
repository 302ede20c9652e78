package app.pathwise.people;

/** Why a job history entry was written. */
public enum JobChangeKind {
    HIRE, PROMOTION, TITLE_CHANGE, TRANSFER, MANAGER_CHANGE, EXIT, REHIRE
}
