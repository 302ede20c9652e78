package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.ExplorerComparison;
import app.pathwise.careerpath.ExplorerLevelRef;
import app.pathwise.careerpath.PathExplorerQueries;
import app.pathwise.people.SearchText;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The explorer, for everyone signed in: paths by family, search, a path's ladder, a level, two levels compared. */
@Controller
class ExplorerController {

    static final int PAGE_SIZE = 20;

    private final PathExplorerQueries explorer;

    ExplorerController(PathExplorerQueries explorer) {
        this.explorer = explorer;
    }

    @GetMapping("/paths")
    String showPaths(@RequestParam(required = false) String q, @RequestParam(required = false) Long family,
                     @RequestParam(required = false) Integer page,
                     @RequestHeader(value = "HX-Request", required = false) String htmx,
                     @AuthenticationPrincipal PathwiseUser user, Model model) {
        int current = PageView.clampPage(page);
        boolean searching = !SearchText.normalise(q).isEmpty();
        model.addAttribute("q", q);
        model.addAttribute("family", family);
        model.addAttribute("searching", searching);
        model.addAttribute("page", searching ? explorer.search(q, family, current, PAGE_SIZE)
            : explorer.browse(family, user.employeeId(), current, PAGE_SIZE));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/paths")
            .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
            .queryParamIfPresent("family", Optional.ofNullable(family)).encode().build().toUriString());
        if (htmx != null) {
            return "careerpath/explore/paths :: results";
        }
        model.addAttribute("families", explorer.families());
        return "careerpath/explore/paths";
    }

    @GetMapping("/paths/{pathId}")
    String showPath(@PathVariable long pathId, @AuthenticationPrincipal PathwiseUser user, Model model) {
        model.addAttribute("ladder", explorer.ladder(pathId, user.employeeId()).orElseThrow(NotFoundException::new));
        return "careerpath/explore/path";
    }

    @GetMapping("/paths/{pathId}/levels/{code}")
    String showLevel(@PathVariable long pathId, @PathVariable String code, @AuthenticationPrincipal PathwiseUser user,
                     Model model) {
        model.addAttribute("view", explorer.levelPage(pathId, code, user).orElseThrow(NotFoundException::new));
        return "careerpath/explore/level";
    }

    @GetMapping("/paths/compare")
    String showComparison(@RequestParam(required = false) Long a, @RequestParam(required = false) Long b,
                          Model model) {
        List<ExplorerLevelRef> options = explorer.publishedLevels();
        if (a != null && b != null) {
            ExplorerComparison comparison = explorer.compare(a, b).orElseThrow(NotFoundException::new);
            model.addAttribute("comparison", comparison);
        } else if (a != null && options.stream().noneMatch(o -> o.levelId() == a)
            || b != null && options.stream().noneMatch(o -> o.levelId() == b)) {
            throw new NotFoundException();
        }
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("groups", LevelGroup.of(options));
        return "careerpath/explore/compare";
    }
}
