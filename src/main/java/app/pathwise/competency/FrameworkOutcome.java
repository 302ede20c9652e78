package app.pathwise.competency;

/** The result of a save: the record's id, or the problems that kept it from being saved. */
public record FrameworkOutcome(Long id, FrameworkProblems problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }

    static FrameworkOutcome saved(long id) {
        return new FrameworkOutcome(id, new FrameworkProblems());
    }

    static FrameworkOutcome refused(FrameworkProblems problems) {
        return new FrameworkOutcome(null, problems);
    }
}
