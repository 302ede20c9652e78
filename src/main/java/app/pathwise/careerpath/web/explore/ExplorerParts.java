package app.pathwise.careerpath.web.explore;

import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PartCache;
import org.springframework.stereotype.Component;

/**
 * The explorer's kept parts (see {@link PartCache}): the list of paths, ladders, comparisons, levels and a
 * level page's parts about its reader (ADR 0017), each
 * within a budget of about four million characters (8 MB at most), and the renderer that draws them.
 */
@Component
class ExplorerParts {

    static final long BUDGET = 4_000_000;

    final PartCache<Object, EncodedPart> paths = new PartCache<>(BUDGET);
    final PartCache<Object, EncodedPart> ladders = new PartCache<>(BUDGET);
    final PartCache<Object, EncodedPart> comparisons = new PartCache<>(BUDGET);
    final PartCache<Object, LevelCut> levels = new PartCache<>(BUDGET);
    final PartCache<Object, LevelCut.Reader> readers = new PartCache<>(BUDGET);
    final FragmentRenderer renderer;

    ExplorerParts(FragmentRenderer renderer) {
        this.renderer = renderer;
    }
}
