package app.pathwise.objective.domain;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveStatus;
import app.pathwise.objective.Period;

/** An objective aligned directly under another, as its page lists it (personal ones only to their readers). */
public record AlignedObjective(long id, ObjectiveScope scope, String title, Long ownerId, String ownerName,
                               String departmentName, Period period, ObjectiveStatus status, Integer progress) {
}
