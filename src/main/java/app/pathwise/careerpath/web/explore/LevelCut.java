package app.pathwise.careerpath.web.explore;

import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.PartCache;
import java.util.List;

/**
 * A level page's kept description, encoded and cut where the reader's own parts go: the gap card after
 * {@code before}, the people to talk to after {@code between} ({@code level-content.html} marks both
 * places with a comment); with the level's title, for the page's title.
 */
record LevelCut(String title, EncodedPart before, EncodedPart between, EncodedPart after) implements PartCache.Part {

    static final String GAP = "<!--pw-your-gap-->";
    static final String CONTACTS = "<!--pw-contacts-->";

    static LevelCut of(String title, String html) {
        List<EncodedPart> pieces = EncodedPart.cut(html, GAP, CONTACTS);
        return new LevelCut(title, pieces.get(0), pieces.get(1), pieces.get(2));
    }

    @Override
    public long size() {
        return title.length() + before.size() + between.size() + after.size();
    }

    /** The parts about the reader ({@code level-reader.html}): their gap card and the people to talk to. */
    record Reader(EncodedPart gap, EncodedPart contacts) implements PartCache.Part {

        static final String BETWEEN = "<!--pw-reader-contacts-->";

        static Reader of(String html) {
            List<EncodedPart> pieces = EncodedPart.cut(html, BETWEEN);
            return new Reader(pieces.get(0), pieces.get(1));
        }

        @Override
        public long size() {
            return gap.size() + contacts.size();
        }
    }
}
