package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.AssessmentStamp;
import app.pathwise.careerpath.AssessmentStamps;
import app.pathwise.careerpath.ExplorerComparison;
import app.pathwise.careerpath.ExplorerGeneration;
import app.pathwise.careerpath.ExplorerLevelPage;
import app.pathwise.careerpath.ExplorerLevelRef;
import app.pathwise.careerpath.PathExplorerQueries;
import app.pathwise.people.SearchText;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.PageShells;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The explorer, for everyone signed in: paths by family, search, a path's ladder, a level, two levels
 * compared. The list of paths, a ladder and a comparison show only the published framework (and mark
 * the reader's own level), so they are kept rendered per language and reader's level until the
 * framework changes ({@link ExplorerParts}); a request then costs one statement, the framework's
 * generation. A level page keeps its description of the level the same way, and its parts about the
 * reader (their gap, the people to talk to) until the reader's ratings, the people or the framework
 * change (ADR 0017, {@link LevelCut}); searches are rendered each time.
 */
@Controller
class ExplorerController {

    static final int PAGE_SIZE = 20;

    private final PathExplorerQueries explorer;
    private final ExplorerParts parts;
    private final AssessmentStamps stamps;
    private final AccessPolicy access;
    private final Clock clock;

    ExplorerController(PathExplorerQueries explorer, ExplorerParts parts, AssessmentStamps stamps, AccessPolicy access,
                       Clock clock) {
        this.explorer = explorer;
        this.parts = parts;
        this.stamps = stamps;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/paths")
    String showPaths(@RequestParam(required = false) String q, @RequestParam(required = false) Long family,
                     @RequestParam(required = false) Integer page,
                     @RequestHeader(value = "HX-Request", required = false) String htmx,
                     @AuthenticationPrincipal PathwiseUser user, Model model) {
        int current = PageView.clampPage(page);
        boolean searching = !SearchText.normalise(q).isEmpty();
        if (htmx != null) {
            model.addAllAttributes(pathsModel(q, family, current, searching, user));
            return "careerpath/explore/paths-content :: results";
        }
        if (searching) {
            model.addAttribute("part", renderPaths(q, family, current, true, user));
        } else {
            ExplorerGeneration now = explorer.generation(user.employeeId());
            model.addAttribute("part", parts.paths.get(now.generation(),
                new PathsKey(family, current, now.viewerLevel(), LocaleContextHolder.getLocale()),
                () -> Optional.of(renderPaths(null, family, current, false, user))).orElseThrow());
        }
        PageShells.keep(model);
        return "careerpath/explore/paths";
    }

    private EncodedPart renderPaths(String q, Long family, int page, boolean searching, PathwiseUser user) {
        Map<String, Object> variables = pathsModel(q, family, page, searching, user);
        variables.put("families", explorer.families());
        return EncodedPart.of(null, parts.renderer.render("careerpath/explore/paths-content", "content", variables));
    }

    private Map<String, Object> pathsModel(String q, Long family, int page, boolean searching, PathwiseUser user) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", q);
        variables.put("family", family);
        variables.put("searching", searching);
        variables.put("page", searching ? explorer.search(q, family, page, PAGE_SIZE)
            : explorer.browse(family, user.employeeId(), page, PAGE_SIZE));
        variables.put("baseUrl", UriComponentsBuilder.fromPath("/paths")
            .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
            .queryParamIfPresent("family", Optional.ofNullable(family)).encode().build().toUriString());
        return variables;
    }

    @GetMapping("/paths/{pathId}")
    String showPath(@PathVariable long pathId, @AuthenticationPrincipal PathwiseUser user, Model model) {
        ExplorerGeneration now = explorer.generation(user.employeeId());
        model.addAttribute("part", parts.ladders.get(now.generation(),
            new LadderKey(pathId, now.viewerLevel(), LocaleContextHolder.getLocale()),
            () -> explorer.ladder(pathId, user.employeeId()).map(ladder -> EncodedPart.of(
                ladder.path().name().current(),
                parts.renderer.render("careerpath/explore/path-content", "content", Map.of("ladder", ladder)))))
            .orElseThrow(NotFoundException::new));
        PageShells.keep(model);
        return "careerpath/explore/path";
    }

    @GetMapping("/paths/{pathId}/levels/{code}")
    String showLevel(@PathVariable long pathId, @PathVariable String code, @AuthenticationPrincipal PathwiseUser user,
                     Model model) {
        Long me = user.employeeId();
        AssessmentStamps.ReaderStamp read = stamps.readWithLevel(me);
        ExplorerGeneration now = read.explorer();
        AssessmentStamp stamp = read.reader();
        Locale locale = LocaleContextHolder.getLocale();
        // the level as read for this request, read at most once and only when a part is rendered
        ExplorerLevelPage[] level = new ExplorerLevelPage[1];
        Supplier<ExplorerLevelPage> view = () -> {
            if (level[0] == null) {
                level[0] = explorer.levelPage(pathId, code, user).orElseThrow(NotFoundException::new);
            }
            return level[0];
        };
        LevelCut part = parts.levels.get(now.generation(), new LevelKey(pathId, code, now.viewerLevel(), locale),
            () -> Optional.of(LevelCut.of(view.get().level().title().current(),
                parts.renderer.render("careerpath/explore/level-content", "content",
                    Map.of("view", view.get(), "moves", explorer.levelMoves(view.get().level().levelId())))))).orElseThrow();
        ReaderKey reader = new ReaderKey(pathId, code, me, access.canAdministerPeople(user), user.has(Role.MANAGER),
            stamp.people(), stamp.framework(), stamp.revision(), LocalDate.now(clock), locale);
        LevelCut.Reader own = parts.readers.get(reader, () -> {
            Map<String, Object> variables = new HashMap<>();
            variables.put("view", view.get());
            variables.put("reader", me);
            return Optional.of(LevelCut.Reader.of(parts.renderer.render("careerpath/explore/level-reader", "content",
                variables)));
        }).orElseThrow();
        model.addAttribute("title", part.title());
        model.addAttribute("before", part.before());
        model.addAttribute("between", part.between());
        model.addAttribute("after", part.after());
        model.addAttribute("gap", own.gap());
        model.addAttribute("contacts", own.contacts());
        PageShells.keep(model);
        return "careerpath/explore/level";
    }

    @GetMapping("/paths/compare")
    String showComparison(@RequestParam(required = false) Long a, @RequestParam(required = false) Long b,
                          Model model) {
        // a comparison marks nobody's level: the generation alone
        long generation = explorer.generation(null).generation();
        model.addAttribute("part", parts.comparisons.get(generation,
            new ComparisonKey(a, b, LocaleContextHolder.getLocale()), () -> renderComparison(a, b))
            .orElseThrow(NotFoundException::new));
        PageShells.keep(model);
        return "careerpath/explore/compare";
    }

    private Optional<EncodedPart> renderComparison(Long a, Long b) {
        List<ExplorerLevelRef> options = explorer.publishedLevels();
        Map<String, Object> variables = new HashMap<>();
        if (a != null && b != null) {
            Optional<ExplorerComparison> comparison = explorer.compare(a, b);
            if (comparison.isEmpty()) {
                return Optional.empty();
            }
            variables.put("comparison", comparison.get());
        } else if (a != null && options.stream().noneMatch(o -> o.levelId() == a)
            || b != null && options.stream().noneMatch(o -> o.levelId() == b)) {
            return Optional.empty();
        }
        variables.put("a", a);
        variables.put("b", b);
        variables.put("groups", LevelGroup.of(options));
        return Optional.of(EncodedPart.of(null,
            parts.renderer.render("careerpath/explore/compare-content", "content", variables)));
    }

    private record PathsKey(Long family, int page, Long viewerLevel, Locale locale) {
    }

    private record LadderKey(long pathId, Long viewerLevel, Locale locale) {
    }

    private record LevelKey(long pathId, String code, Long viewerLevel, Locale locale) {
    }

    private record ComparisonKey(Long a, Long b, Locale locale) {
    }

    /** Everything a level page's parts about its reader depend on. */
    private record ReaderKey(long pathId, String code, Long reader, boolean administersPeople, boolean manager,
                             long people, long framework, long revision, LocalDate today, Locale locale) {
    }
}
