package app.pathwise.people.importing;

/** What an import does to one record. Unchanged records are only counted. */
public enum ImportAction {
    CREATED, CHANGED
}
