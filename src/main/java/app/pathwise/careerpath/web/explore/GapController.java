package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.AssessmentStamp;
import app.pathwise.careerpath.AssessmentStamps;
import app.pathwise.careerpath.GapAnalysis;
import app.pathwise.careerpath.GapAnalysisQueries;
import app.pathwise.careerpath.PathExplorerQueries;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PageShells;
import app.pathwise.shared.web.PartCache;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /people/{id}/gaps}: a person against their current, next and a chosen target level. The page
 * is kept rendered until the person's ratings or certifications, the people or the framework change
 * (ADR 0017): under the person's {@link AssessmentStamp}, read after the access check and before the
 * analysis, with the target, whether the reader is the person, the day (years of experience, expired
 * certifications) and the language.
 */
@Controller
class GapController {

    static final long BUDGET = 4_000_000;

    private final GapAnalysisQueries gaps;
    private final PathExplorerQueries explorer;
    private final AccessPolicy access;
    private final AssessmentStamps stamps;
    private final FragmentRenderer renderer;
    private final Clock clock;
    private final PartCache<Key, EncodedPart> kept = new PartCache<>(BUDGET);

    GapController(GapAnalysisQueries gaps, PathExplorerQueries explorer, AccessPolicy access, AssessmentStamps stamps,
                  FragmentRenderer renderer, Clock clock) {
        this.gaps = gaps;
        this.explorer = explorer;
        this.access = access;
        this.stamps = stamps;
        this.renderer = renderer;
        this.clock = clock;
    }

    private record Key(long employeeId, Long target, boolean self, AssessmentStamp stamp, LocalDate today,
                       Locale locale) {
    }

    @GetMapping("/people/{id}/gaps")
    String showGaps(@PathVariable long id, @RequestParam(required = false) Long target,
                    @AuthenticationPrincipal PathwiseUser user, Model model) {
        access.checkView(user, id);
        Key key = new Key(id, target, user.isSelf(id), stamps.read(id), LocalDate.now(clock),
            LocaleContextHolder.getLocale());
        model.addAttribute("part", kept.get(key, () -> {
            GapAnalysis analysis = gaps.analyse(user, id, target);
            model.addAttribute("analysis", analysis);
            model.addAttribute("target", target);
            model.addAttribute("groups", LevelGroup.of(explorer.publishedLevels()));
            model.addAttribute("self", key.self());
            return Optional.of(EncodedPart.of(analysis.employeeName(),
                renderer.renderWithForms("careerpath/explore/gaps-content", "content", model.asMap())));
        }).orElseThrow());
        PageShells.keep(model);
        return "careerpath/explore/gaps";
    }
}
