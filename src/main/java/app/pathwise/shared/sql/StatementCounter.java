package app.pathwise.shared.sql;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts SQL statements sent to the database: per thread, so a test can assert what one request
 * costs, and in total, so the benchmark can read the cost of a request from outside.
 */
public final class StatementCounter {

    private static final ThreadLocal<long[]> PER_THREAD = ThreadLocal.withInitial(() -> new long[1]);
    private static final AtomicLong TOTAL = new AtomicLong();

    private StatementCounter() {
    }

    static void increment() {
        PER_THREAD.get()[0]++;
        TOTAL.incrementAndGet();
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        PER_THREAD.get()[0] = 0;
    }

    /** Statements this thread sent since the last {@link #reset()}. */
    public static long current() {
        return PER_THREAD.get()[0];
    }

    /** Statements every thread sent since the application started. */
    public static long total() {
        return TOTAL.get();
    }
}
