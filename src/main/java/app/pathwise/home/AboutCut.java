package app.pathwise.home;

import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.PartCache;
import java.util.List;

/**
 * The home page's part about the person, kept encoded and cut where the day's cards go:
 * {@code about-content.html} marks the place with a comment.
 */
record AboutCut(EncodedPart before, EncodedPart after) implements PartCache.Part {

    static final String TODAY = "<!--pw-today-->";

    static AboutCut of(String html) {
        List<EncodedPart> pieces = EncodedPart.cut(html, TODAY);
        return new AboutCut(pieces.get(0), pieces.get(1));
    }

    @Override
    public long size() {
        return before.size() + after.size();
    }
}
