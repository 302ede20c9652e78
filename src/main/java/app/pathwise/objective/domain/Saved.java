package app.pathwise.objective.domain;

/** The outcome of a save: the record's id when it went through, else the problems that stopped it. */
public record Saved(Long id, Problems problems) {

    static Saved of(long id) {
        return new Saved(id, new Problems());
    }

    static Saved rejected(Problems problems) {
        return new Saved(null, problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
