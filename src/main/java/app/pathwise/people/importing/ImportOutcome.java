package app.pathwise.people.importing;

/** What applying a preview came to. In every case but {@link Applied}, nothing was written. */
public sealed interface ImportOutcome {

    /** Written in one transaction; the report is import run {@code runId}. */
    record Applied(long runId, ImportCounts counts) implements ImportOutcome {
    }

    /** The check before writing found problems (the database changed since the preview). */
    record Rejected(ImportPreview preview) implements ImportOutcome {
    }

    /** Still valid, but it would now do something else than the preview said: look again. */
    record Outdated(ImportPreview preview) implements ImportOutcome {
    }
}
