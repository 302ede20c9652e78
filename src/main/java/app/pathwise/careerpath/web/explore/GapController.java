package app.pathwise.careerpath.web.explore;

import app.pathwise.careerpath.GapAnalysisQueries;
import app.pathwise.careerpath.PathExplorerQueries;
import app.pathwise.security.PathwiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /people/{id}/gaps}: a person against their current, next and a chosen target level. */
@Controller
class GapController {

    private final GapAnalysisQueries gaps;
    private final PathExplorerQueries explorer;

    GapController(GapAnalysisQueries gaps, PathExplorerQueries explorer) {
        this.gaps = gaps;
        this.explorer = explorer;
    }

    @GetMapping("/people/{id}/gaps")
    String showGaps(@PathVariable long id, @RequestParam(required = false) Long target,
                    @AuthenticationPrincipal PathwiseUser user, Model model) {
        model.addAttribute("analysis", gaps.analyse(user, id, target));
        model.addAttribute("target", target);
        model.addAttribute("groups", LevelGroup.of(explorer.publishedLevels()));
        model.addAttribute("self", user.isSelf(id));
        return "careerpath/explore/gaps";
    }
}
