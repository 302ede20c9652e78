package app.pathwise.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered parts of pages kept for reuse while the content they show is unchanged. The content's
 * generation (a number the database raises with every change to it, read by the caller at the start
 * of the request, before the content itself) is part of every entry: an entry is used only by a request
 * that read the same generation, and the first request that reads a newer one drops everything kept.
 * A request that read an older generation than the one kept neither uses nor keeps anything.
 *
 * <p>The key must hold everything else the part depends on: the language, the reader's own place where
 * the part marks it, the request's parameters. Parts are kept within {@code budget} characters: when a
 * new part goes beyond it, the parts used least recently are dropped until a tenth of the budget is
 * free again, so the parts people open most stay. An absent part (the page answers 404) is never kept.
 * Reading a kept part takes no lock.
 *
 * @param <K> what tells the parts apart within one generation
 * @param <P> what is kept: an {@link EncodedPart} ready to be sent, or parts of a page made of them
 */
public final class PartCache<K, P extends PartCache.Part> {

    /** What a cache keeps: anything that knows its size. */
    public interface Part {

        /** The characters (or bytes) the part holds, counted against the budget. */
        long size();
    }

    private final long budget;
    private final Map<K, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong uses = new AtomicLong();
    private volatile long generation = Long.MIN_VALUE;

    public PartCache(long budgetInCharacters) {
        this.budget = budgetInCharacters;
    }

    /** The part for {@code key} as of {@code generation}: kept, or rendered now (and kept). */
    public Optional<P> get(long generation, K key, Supplier<Optional<P>> render) {
        if (generation > this.generation) {
            advanceTo(generation);
        }
        Entry kept = entries.get(key);
        if (kept != null && kept.generation == generation) {
            kept.lastUsed = uses.incrementAndGet();
            return Optional.of(kept.<P>part());
        }
        Optional<P> rendered = render.get();
        if (rendered.isPresent() && generation == this.generation && rendered.get().size() <= budget) {
            Entry previous = entries.put(key, new Entry(generation, rendered.get(), uses.incrementAndGet()));
            long now = held.addAndGet(rendered.get().size() - (previous == null ? 0 : previous.part.size()));
            if (now > budget) {
                dropLeastRecentlyUsed();
            }
        }
        return rendered;
    }

    /**
     * The part for {@code key} when the key holds everything the part shows (the record it is rendered
     * from, the language): no change elsewhere can make it old, so no generation is read.
     */
    public Optional<P> get(K key, Supplier<Optional<P>> render) {
        return get(0, key, render);
    }

    /** The characters the kept parts hold. */
    long held() {
        return held.get();
    }

    private synchronized void advanceTo(long newer) {
        if (newer > generation) {
            generation = newer;
            entries.clear();
            held.set(0);
        }
    }

    private synchronized void dropLeastRecentlyUsed() {
        if (held.get() <= budget) {
            return;
        }
        // the times of use as they are now: they change while other requests read
        List<Candidate<K>> byUse = new ArrayList<>(entries.size());
        entries.forEach((key, entry) -> byUse.add(new Candidate<>(key, entry, entry.lastUsed)));
        byUse.sort(Comparator.comparingLong(Candidate::lastUsed));
        long enough = budget - budget / 10;
        for (Candidate<K> candidate : byUse) {
            if (held.get() <= enough) {
                return;
            }
            if (entries.remove(candidate.key(), candidate.entry())) {
                held.addAndGet(-candidate.entry().part.size());
            }
        }
    }

    private record Candidate<K>(K key, Entry entry, long lastUsed) {
    }

    private static final class Entry {

        final long generation;
        final Part part;
        volatile long lastUsed;

        Entry(long generation, Part part, long lastUsed) {
            this.generation = generation;
            this.part = part;
            this.lastUsed = lastUsed;
        }

        /** The part, as the cache that kept it holds its parts. */
        @SuppressWarnings("unchecked")
        <P> P part() {
            return (P) part;
        }
    }
}
