package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;

/**
 * A lateral move from a level to a level of another path, resolved against that path's published
 * version (a move whose target is not published is not shown), with what the move takes.
 */
public record ExplorerMove(long fromLevelId, long toPathId, String toLevelCode, long toLevelId,
                           LocalizedText toLevelTitle, LocalizedText toPathName, String toTrack, LocalizedText note) {
}
