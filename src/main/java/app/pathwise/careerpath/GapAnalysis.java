package app.pathwise.careerpath;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's gap analysis: against their current level, the next level up and a chosen target
 * (whichever exist, in that order). {@code currentLevel} is null when their job title is not tied to
 * a level of a published path.
 */
public record GapAnalysis(long employeeId, String employeeName, String jobTitle, LocalDate hireDate,
                          int yearsOfExperience, ExplorerLevelRef currentLevel, List<GapLevel> levels) {
}
