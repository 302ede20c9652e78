package app.pathwise.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as templates need it: the rows, where we are, and whether there is more.
 * The total is counted in SQL, once per page.
 */
public record PageView<T>(List<T> rows, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public long firstRow() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastRow() {
        return Math.min(total, (long) (page + 1) * size);
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(rows.stream().map(mapper).toList(), page, size, total);
    }

    public static int clampSize(Integer size) {
        if (size == null || size <= 0) {
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }

    public static int clampPage(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
