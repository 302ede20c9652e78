package app.pathwise.careerpath.web.explore;

/**
 * A level page's kept part cut where the reader's own parts go: the gap card after {@code before}, the
 * people to talk to after {@code between} ({@code level-content.html} marks both places with a comment).
 */
record LevelCut(String before, String between, String after) {

    static final String GAP = "<!--pw-your-gap-->";
    static final String CONTACTS = "<!--pw-contacts-->";

    static LevelCut of(String html) {
        int gap = html.indexOf(GAP);
        int contacts = html.indexOf(CONTACTS, gap);
        if (gap < 0 || contacts < 0) {
            throw new IllegalStateException("level-content.html lost its marks");
        }
        return new LevelCut(html.substring(0, gap), html.substring(gap + GAP.length(), contacts),
            html.substring(contacts + CONTACTS.length()));
    }
}
