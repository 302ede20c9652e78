package app.pathwise.people.importing;

import java.time.Instant;

/** An applied import, as the report and the list of recent imports show it. */
public record ImportRunView(long id, ImportKind kind, String fileName, String fileSha256, Instant appliedAt,
                            String actorEmail, ImportCounts counts, int historyEntries) {
}
