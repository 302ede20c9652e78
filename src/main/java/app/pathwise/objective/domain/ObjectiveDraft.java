package app.pathwise.objective.domain;

import app.pathwise.objective.Period;

/** What an objective says: its title, description, period and the objective it aligns to (or null). */
public record ObjectiveDraft(String title, String description, Period period, Long parentId) {
}
