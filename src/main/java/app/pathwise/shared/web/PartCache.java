package app.pathwise.shared.web;

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
 * the part marks it, the request's parameters. Parts are kept until {@code budget} characters are
 * held; after that new parts are rendered on each request until the next generation. An absent part
 * (the page answers 404) is never kept.
 *
 * @param <K> what tells the parts apart within one generation
 */
public final class PartCache<K> {

    private final long budget;
    private final Map<K, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong held = new AtomicLong();
    private volatile long generation = Long.MIN_VALUE;

    public PartCache(long budgetInCharacters) {
        this.budget = budgetInCharacters;
    }

    /** The part for {@code key} as of {@code generation}: kept, or rendered now (and kept if there is room). */
    public Optional<RenderedPart> get(long generation, K key, Supplier<Optional<RenderedPart>> render) {
        if (generation > this.generation) {
            advanceTo(generation);
        }
        Entry kept = entries.get(key);
        if (kept != null && kept.generation() == generation) {
            return Optional.of(kept.part());
        }
        Optional<RenderedPart> rendered = render.get();
        if (rendered.isPresent() && generation == this.generation && held.get() < budget) {
            Entry previous = entries.put(key, new Entry(generation, rendered.get()));
            held.addAndGet(rendered.get().size() - (previous == null ? 0 : previous.part().size()));
        }
        return rendered;
    }

    private synchronized void advanceTo(long newer) {
        if (newer > generation) {
            generation = newer;
            entries.clear();
            held.set(0);
        }
    }

    private record Entry(long generation, RenderedPart part) {
    }
}
