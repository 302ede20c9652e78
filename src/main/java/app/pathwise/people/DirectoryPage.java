package app.pathwise.people;

import app.pathwise.shared.PageView;

/**
 * A page of the directory. Counting every match of a broad search costs as much as reading them
 * all, so the count stops a little past the page shown (at least {@link DirectorySearch#COUNT_LIMIT}):
 * when it stopped, {@code capped} is true and the page says "more than {@link #moreThan()}".
 */
public record DirectoryPage(PageView<EmployeeRow> page, boolean capped) {

    /** The number the count stopped past; the page's total is one more, so "next" stays open. */
    public long moreThan() {
        return page.total() - 1;
    }
}
