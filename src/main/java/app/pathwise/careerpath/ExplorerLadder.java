package app.pathwise.careerpath;

import java.util.List;

/**
 * A path drawn as a ladder: its levels highest first, the versions published so far (newest first)
 * and, when the reader is on this path, their level.
 */
public record ExplorerLadder(ExplorerPath path, List<ExplorerRung> rungs, List<ExplorerChange> changes,
                             Long yourLevelId) {
}
