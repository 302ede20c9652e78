package app.pathwise.objective.domain;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.Period;

/** An objective another may align to, as the form offers it. */
public record ParentOption(long id, ObjectiveScope scope, String departmentName, Period period, String title) {
}
