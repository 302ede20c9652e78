package app.pathwise.careerpath.authoring.transfer;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A checked file waiting for HR to apply it, kept in the session: what it would do (the first
 * {@value #SHOWN} changes and problems shown, all counted) and the file itself, gzip-compressed,
 * checked once more when applied. The token makes each preview applicable once.
 */
public record TransferPreview(String token, String fileName, int rows, int created, int updated, int newVersions,
                              int unchanged, List<ImportChange> changes, int changeCount,
                              List<TransferProblem> problems, int problemCount, String digest, byte[] content)
    implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int SHOWN = 200;

    public boolean canApply() {
        return problemCount == 0 && content != null;
    }

    public boolean changesCapped() {
        return changeCount > changes.size();
    }

    public boolean problemsCapped() {
        return problemCount > problems.size();
    }
}
