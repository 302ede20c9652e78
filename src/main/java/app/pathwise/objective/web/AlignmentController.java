package app.pathwise.objective.web;

import app.pathwise.objective.Period;
import app.pathwise.objective.domain.AlignmentTree;
import app.pathwise.objective.domain.ObjectivePages;
import app.pathwise.security.PathwiseUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /objectives/alignment}: the alignment tree of a period, with progress rolling up. */
@Controller
class AlignmentController {

    private final AlignmentTree tree;
    private final ObjectivePages pages;

    AlignmentController(AlignmentTree tree, ObjectivePages pages) {
        this.tree = tree;
        this.pages = pages;
    }

    @GetMapping("/objectives/alignment")
    String showAlignment(@RequestParam(required = false) String period, @AuthenticationPrincipal PathwiseUser user,
                         Model model) {
        Period chosen = FormSupport.period(period, pages);
        FormSupport.periods(model, chosen, pages);
        model.addAttribute("tree", tree.tree(user, chosen));
        return "objective/alignment";
    }
}
