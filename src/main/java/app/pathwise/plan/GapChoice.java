package app.pathwise.plan;

/**
 * A gap the employee chose to work on: a competency of their gap analysis, with an optional note.
 * The required and current levels are taken from the analysis, not from the form.
 */
public record GapChoice(long competencyId, String note) {

    public GapChoice {
        note = Texts.clean(note);
    }
}
