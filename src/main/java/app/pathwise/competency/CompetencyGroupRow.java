package app.pathwise.competency;

/** A group on HR's groups page, with the number of competencies in it. */
public record CompetencyGroupRow(CompetencyGroupView group, long competencies) {
}
