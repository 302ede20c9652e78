package app.pathwise.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A rendered part of a page: its HTML, and the page title that goes with it ({@code null} when the
 * page's title does not depend on the part's content).
 */
public record RenderedPart(String title, String html) implements PartCache.Part {

    /** The characters the part holds. */
    @Override
    public long size() {
        return html.length() + (title == null ? 0 : title.length());
    }

    /**
     * The part's HTML cut at these marks, in this order (comments its fragment template leaves where
     * the page puts what is rendered for each request): one piece more than there are marks.
     */
    public List<String> cut(String... marks) {
        List<String> pieces = new ArrayList<>(marks.length + 1);
        int from = 0;
        for (String mark : marks) {
            int at = html.indexOf(mark, from);
            if (at < 0) {
                throw new IllegalStateException("a kept part lost its mark " + mark);
            }
            pieces.add(html.substring(from, at));
            from = at + mark.length();
        }
        pieces.add(html.substring(from));
        return pieces;
    }
}
