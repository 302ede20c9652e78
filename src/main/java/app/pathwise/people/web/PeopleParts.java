package app.pathwise.people.web;

import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PartCache;
import app.pathwise.shared.web.EncodedPart;
import org.springframework.stereotype.Component;

/**
 * The people pages' kept parts (see {@link PartCache}), kept until the people generation changes: the
 * directory's pages when browsing, about two million characters at most (4 MB), and employee records,
 * about six million (12 MB); the forms that deactivate and reactivate a person, kept per version of
 * their record, within a million; and the renderer that draws them.
 */
@Component
class PeopleParts {

    static final long DIRECTORY_BUDGET = 2_000_000;
    static final long RECORD_BUDGET = 6_000_000;
    static final long FORMS_BUDGET = 1_000_000;

    final PartCache<Object, EncodedPart> directory = new PartCache<>(DIRECTORY_BUDGET);
    final PartCache<Object, EncodedPart> records = new PartCache<>(RECORD_BUDGET);
    final PartCache<Object, EncodedPart> forms = new PartCache<>(FORMS_BUDGET);
    final FragmentRenderer renderer;

    PeopleParts(FragmentRenderer renderer) {
        this.renderer = renderer;
    }
}
