package app.pathwise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Kept parts: reused within a generation, dropped by a newer one, and the least recently used go first. */
class PartCacheTests {

    final AtomicInteger renders = new AtomicInteger();

    @Test
    void aPartIsRenderedOnceAndReusedWithinItsGeneration() {
        PartCache<String, Text> cache = new PartCache<>(1_000);
        assertThat(cache.get(1, "a", part("one")).orElseThrow().html()).isEqualTo("one");
        assertThat(cache.get(1, "a", part("other")).orElseThrow().html()).isEqualTo("one");
        assertThat(renders).hasValue(1);
        assertThat(cache.held()).isEqualTo(3);
    }

    @Test
    void aNewerGenerationDropsEverythingAndAnOlderOneNeitherUsesNorKeeps() {
        PartCache<String, Text> cache = new PartCache<>(1_000);
        cache.get(1, "a", part("one"));
        assertThat(cache.get(2, "a", part("two")).orElseThrow().html()).isEqualTo("two");
        assertThat(cache.get(1, "a", part("old")).orElseThrow().html()).as("an older reader").isEqualTo("old");
        assertThat(cache.get(2, "a", part("again")).orElseThrow().html()).isEqualTo("two");
        assertThat(cache.held()).isEqualTo(3);
    }

    @Test
    void anAbsentPartIsNeverKept() {
        PartCache<String, Text> cache = new PartCache<>(1_000);
        assertThat(cache.get(1, "missing", Optional::empty)).isEmpty();
        assertThat(cache.get(1, "missing", part("now there"))).isPresent();
        assertThat(cache.held()).isEqualTo(9);
    }

    @Test
    void beyondTheBudgetThePartsUsedLeastRecentlyAreDropped() {
        PartCache<String, Text> cache = new PartCache<>(100);
        for (int i = 0; i < 5; i++) {
            cache.get(1, "p" + i, part("x".repeat(20)));
        }
        cache.get(1, "p0", part("not rendered"));
        assertThat(renders).hasValue(5);
        cache.get(1, "p5", part("y".repeat(20)));
        assertThat(cache.held()).isLessThanOrEqualTo(90);
        cache.get(1, "p0", part("rendered again?"));
        cache.get(1, "p1", part("z".repeat(20)));
        assertThat(renders).as("p0 was used recently and stayed; p1 was the least recently used").hasValue(7);
        assertThat(cache.get(1, "huge", part("h".repeat(101))).orElseThrow().html()).hasSize(101);
        assertThat(cache.held()).as("a part larger than the budget is not kept").isLessThanOrEqualTo(100);
    }

    private Supplier<Optional<Text>> part(String html) {
        return () -> {
            renders.incrementAndGet();
            return Optional.of(new Text(html));
        };
    }

    /** A part as plain text, as many characters in size as it holds. */
    record Text(String html) implements PartCache.Part {

        @Override
        public long size() {
            return html.length();
        }
    }
}
