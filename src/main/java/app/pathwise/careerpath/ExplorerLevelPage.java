package app.pathwise.careerpath;

import java.util.List;

/**
 * Everything the level page shows: the level, its requirements, its lateral moves, who to talk to and,
 * for a signed-in employee, their own gap against it (null otherwise).
 */
public record ExplorerLevelPage(ExplorerLevel level, List<ExplorerCompetency> competencies,
                                List<ExplorerCertification> certifications, List<ExplorerMove> moves,
                                List<ExplorerContact> contacts, GapLevel yourGap) {

    /** The same page with these lateral moves. */
    public ExplorerLevelPage withMoves(List<ExplorerMove> levelMoves) {
        return new ExplorerLevelPage(level, competencies, certifications, levelMoves, contacts, yourGap);
    }
}
