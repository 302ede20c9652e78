package app.pathwise.careerpath.authoring.transfer;

/** What importing a row does to the record it describes. */
public enum ImportAction {
    CREATE, UPDATE, NEW_PATH, NEW_VERSION
}
