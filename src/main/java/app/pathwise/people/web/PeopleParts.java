package app.pathwise.people.web;

import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PartCache;
import app.pathwise.shared.web.EncodedPart;
import org.springframework.stereotype.Component;

/**
 * The people pages' kept parts (see {@link PartCache}), kept until the people generation changes: the
 * directory's pages when browsing, within two million bytes; the directory's frames (one per filter and
 * language, {@link DirectoryView}), within half a million, and its rows, one per person and language,
 * within four million (about 7,000 rows); employee records, about six million characters (12 MB); the
 * forms that deactivate and reactivate a person, kept per version of their record, within a million.
 * Besides, the directory's pagers, which show no one's data, within 200,000; and the renderer that draws
 * them all.
 */
@Component
class PeopleParts {

    static final long DIRECTORY_BUDGET = 2_000_000;
    static final long RECORD_BUDGET = 6_000_000;
    static final long FORMS_BUDGET = 1_000_000;
    static final long FRAMES_BUDGET = 500_000;
    static final long ROWS_BUDGET = 4_000_000;
    static final long PAGERS_BUDGET = 200_000;

    final PartCache<Object, EncodedPart> directory = new PartCache<>(DIRECTORY_BUDGET);
    final PartCache<Object, EncodedPart> records = new PartCache<>(RECORD_BUDGET);
    final PartCache<Object, EncodedPart> forms = new PartCache<>(FORMS_BUDGET);
    final PartCache<Object, DirectoryView.DirectoryFrame> frames = new PartCache<>(FRAMES_BUDGET);
    final PartCache<Object, EncodedPart> rows = new PartCache<>(ROWS_BUDGET);
    final PartCache<Object, DirectoryView.PagerCut> pagers = new PartCache<>(PAGERS_BUDGET);
    final FragmentRenderer renderer;

    PeopleParts(FragmentRenderer renderer) {
        this.renderer = renderer;
    }
}
