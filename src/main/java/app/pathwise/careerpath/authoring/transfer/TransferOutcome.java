package app.pathwise.careerpath.authoring.transfer;

/** What applying a preview did: written, refused (the file has problems now), or outdated (the database moved). */
public sealed interface TransferOutcome {

    record Applied(int created, int updated, int newVersions) implements TransferOutcome {
    }

    record Rejected(TransferPreview preview) implements TransferOutcome {
    }

    record Outdated(TransferPreview preview) implements TransferOutcome {
    }
}
