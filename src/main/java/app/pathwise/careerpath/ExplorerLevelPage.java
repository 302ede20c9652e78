package app.pathwise.careerpath;

import java.util.List;

/**
 * What the level page reads on every request: the level, its requirements, who to talk to and, for a
 * signed-in employee, their own gap against it (null otherwise). Its lateral moves are read only when
 * the description of the level is rendered ({@link PathExplorerQueries#levelMoves}).
 */
public record ExplorerLevelPage(ExplorerLevel level, List<ExplorerCompetency> competencies,
                                List<ExplorerCertification> certifications, List<ExplorerContact> contacts,
                                GapLevel yourGap) {
}
