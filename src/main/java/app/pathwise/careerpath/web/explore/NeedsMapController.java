package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.AssessmentStamp;
import app.pathwise.careerpath.AssessmentStamps;
import app.pathwise.careerpath.NeedsMapQueries;
import app.pathwise.careerpath.NeedsMapScope;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PageShells;
import app.pathwise.shared.web.PartCache;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /needs-map}: competencies against people (or departments) of a team, line, department or family.
 *
 * <p>The map is kept rendered until anyone's ratings or certifications, the people or the framework
 * change (ADR 0017): under the {@link AssessmentStamp} read first, with the request's parameters, the
 * language and what decides the reader's reach (their roles and who they are). What a reader may see
 * depends on nothing else: the first request for a key decides it, and a refused one keeps nothing.
 */
@Controller
class NeedsMapController {

    static final long BUDGET = 4_000_000;

    private final NeedsMapQueries needs;
    private final AssessmentStamps stamps;
    private final FragmentRenderer renderer;
    private final PartCache<Key, EncodedPart> kept = new PartCache<>(BUDGET);

    NeedsMapController(NeedsMapQueries needs, AssessmentStamps stamps, FragmentRenderer renderer) {
        this.needs = needs;
        this.stamps = stamps;
        this.renderer = renderer;
    }

    private record Key(NeedsMapScope scope, int columns, boolean hr, boolean manager, Long reader,
                       AssessmentStamp stamp, Locale locale) {
    }

    @GetMapping("/needs-map")
    String showNeedsMap(@RequestParam(required = false) NeedsMapScope.Kind scope,
                        @RequestParam(required = false) Long department, @RequestParam(required = false) Long family,
                        @RequestParam(required = false) Integer columns, @AuthenticationPrincipal PathwiseUser user,
                        Model model) {
        NeedsMapScope.Kind kind = scope != null ? scope
            : user.employeeId() != null && user.has(Role.MANAGER) ? NeedsMapScope.Kind.TEAM
            : NeedsMapScope.Kind.DEPARTMENT;
        NeedsMapScope chosen = new NeedsMapScope(kind, department, family);
        int columnPage = columns == null ? 0 : columns;
        Key key = new Key(chosen, columnPage, user.has(Role.HR), user.has(Role.MANAGER), user.employeeId(),
            stamps.read(null), LocaleContextHolder.getLocale());
        model.addAttribute("part", kept.get(key, () -> {
            model.addAttribute("map", needs.map(user, chosen, columnPage));
            model.addAttribute("hr", key.hr());
            model.addAttribute("hasEmployee", user.employeeId() != null);
            model.addAttribute("kinds", NeedsMapScope.Kind.values());
            model.addAttribute("peopleColumns", NeedsMapQueries.PEOPLE_COLUMNS);
            return Optional.of(EncodedPart.of(null,
                renderer.renderWithForms("careerpath/explore/needs-map-content", "content", model.asMap())));
        }).orElseThrow());
        PageShells.keep(model);
        return "careerpath/explore/needs-map";
    }
}
