package app.pathwise.people.importing;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A checked file waiting for HR to apply it, kept in the session: what it would do (the first
 * {@value #SHOWN} changes and problems for display, all counted), and the file itself, compressed,
 * to be checked once more and applied. The token makes each preview applicable once.
 *
 * @param token a random id the apply form sends back
 * @param kind departments or employees
 * @param fileName the uploaded file's name, without any path
 * @param fileSha256 the file's SHA-256, kept in the report
 * @param counts what the file would do
 * @param changes the first records it creates or changes
 * @param problems the first problems found
 * @param problemCount all problems found
 * @param digest identifies the planned writes, to notice a database that moved since
 * @param content the file, gzip-compressed; null when there are problems
 */
public record ImportPreview(String token, ImportKind kind, String fileName, String fileSha256, ImportCounts counts,
                            List<ImportChangeView> changes, List<ImportProblem> problems, int problemCount,
                            String digest, byte[] content) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int SHOWN = 200;

    public boolean canApply() {
        return problemCount == 0 && content != null;
    }

    public int changeCount() {
        return counts.created() + counts.changed();
    }

    public boolean changesCapped() {
        return changeCount() > changes.size();
    }

    public boolean problemsCapped() {
        return problemCount > problems.size();
    }
}
