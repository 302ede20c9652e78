package app.pathwise.careerpath.web.explore;

import app.pathwise.shared.web.RenderedPart;
import java.util.List;

/**
 * A level page's kept part cut where the reader's own parts go: the gap card after {@code before}, the
 * people to talk to after {@code between} ({@code level-content.html} marks both places with a comment).
 */
record LevelCut(String before, String between, String after) {

    static final String GAP = "<!--pw-your-gap-->";
    static final String CONTACTS = "<!--pw-contacts-->";

    static LevelCut of(RenderedPart part) {
        List<String> pieces = part.cut(GAP, CONTACTS);
        return new LevelCut(pieces.get(0), pieces.get(1), pieces.get(2));
    }

    /** The parts about the reader ({@code level-reader.html}): their gap card and the people to talk to. */
    record Reader(String gap, String contacts) {

        static final String BETWEEN = "<!--pw-reader-contacts-->";

        static Reader of(RenderedPart part) {
            List<String> pieces = part.cut(BETWEEN);
            return new Reader(pieces.get(0), pieces.get(1));
        }
    }
}
