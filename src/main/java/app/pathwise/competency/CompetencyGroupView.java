package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;

/** A competency group, in display order. */
public record CompetencyGroupView(long id, String code, LocalizedText name, int position, long version) {

    /** The name in the reader's language (for select lists). */
    public String label() {
        return name.current();
    }
}
