package app.pathwise.home;

import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PartCache;
import org.springframework.stereotype.Component;

/**
 * The home page's kept parts (see {@link PartCache}): what it says about the person, their manager and
 * their team, kept until the people generation changes, within about four million characters (8 MB);
 * the cards of the day, kept under their own numbers, within about two million (4 MB); and the renderer
 * that draws them.
 */
@Component
class HomeParts {

    static final long BUDGET = 4_000_000;
    static final long CARDS_BUDGET = 2_000_000;

    final PartCache<Object, AboutCut> about = new PartCache<>(BUDGET);
    final PartCache<Object, EncodedPart> cards = new PartCache<>(CARDS_BUDGET);
    final FragmentRenderer renderer;

    HomeParts(FragmentRenderer renderer) {
        this.renderer = renderer;
    }
}
