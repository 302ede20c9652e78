package app.pathwise.home;

import app.pathwise.shared.web.RenderedPart;
import java.util.List;

/**
 * The home page's part about the person cut where the day's cards go: {@code about-content.html} marks the
 * place with a comment.
 */
record AboutCut(String before, String after) {

    static final String TODAY = "<!--pw-today-->";

    static AboutCut of(RenderedPart part) {
        List<String> pieces = part.cut(TODAY);
        return new AboutCut(pieces.get(0), pieces.get(1));
    }
}
