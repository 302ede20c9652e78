package app.pathwise.home;

/**
 * The home page's part about the person cut where the day's cards go: {@code about-content.html} marks the
 * place with a comment.
 */
record AboutCut(String before, String after) {

    static final String TODAY = "<!--pw-today-->";

    static AboutCut of(String html) {
        int today = html.indexOf(TODAY);
        if (today < 0) {
            throw new IllegalStateException("about-content.html lost its mark");
        }
        return new AboutCut(html.substring(0, today), html.substring(today + TODAY.length()));
    }
}
