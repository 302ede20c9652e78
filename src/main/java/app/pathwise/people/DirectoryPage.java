package app.pathwise.people;

import app.pathwise.shared.PageView;

/**
 * A page of the directory: who is on it, in order, and the people generation it was read at (so that what
 * is rendered from it can be kept until people change). Counting every match of a broad search costs as much
 * as reading them all, so the count stops a little past the page shown (at least
 * {@link DirectorySearch#COUNT_LIMIT}): when it stopped, {@code capped} is true and the page says "more than
 * {@link #moreThan()}".
 */
public record DirectoryPage(long generation, PageView<Long> page, boolean capped) {

    /** The number the count stopped past; the page's total is one more, so "next" stays open. */
    public long moreThan() {
        return page.total() - 1;
    }
}
