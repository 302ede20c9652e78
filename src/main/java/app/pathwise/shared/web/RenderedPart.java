package app.pathwise.shared.web;

/**
 * A rendered part of a page: its HTML, and the page title that goes with it ({@code null} when the
 * page's title does not depend on the part's content).
 */
public record RenderedPart(String title, String html) {

    /** The characters the part holds. */
    public long size() {
        return html.length() + (title == null ? 0 : title.length());
    }
}
