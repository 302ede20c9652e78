package app.pathwise.competency.web;

import app.pathwise.competency.CompetencyGroupRow;
import app.pathwise.competency.CompetencyGroupService;
import app.pathwise.competency.FrameworkOutcome;
import app.pathwise.competency.FrameworkQueries;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /framework/competency-groups}: HR adds, renames and reorders the competency groups. */
@Controller
class CompetencyGroupController {

    private final FrameworkQueries queries;
    private final CompetencyGroupService groups;

    CompetencyGroupController(FrameworkQueries queries, CompetencyGroupService groups) {
        this.queries = queries;
        this.groups = groups;
    }

    @GetMapping("/framework/competency-groups")
    String showGroups(@AuthenticationPrincipal PathwiseUser user, Model model) {
        return page(model, user, new CompetencyGroupForm(), null, queries.groupsWithCounts());
    }

    @GetMapping("/framework/competency-groups/{id}")
    String showGroup(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        HrOnly.require(user);
        List<CompetencyGroupRow> rows = queries.groupsWithCounts();
        CompetencyGroupRow row = rows.stream().filter(r -> r.group().id() == id).findFirst()
            .orElseThrow(NotFoundException::new);
        return page(model, user, CompetencyGroupForm.from(row.group()), id, rows);
    }

    @PostMapping({"/framework/competency-groups", "/framework/competency-groups/{id}"})
    String saveGroup(@PathVariable(required = false) Long id, @AuthenticationPrincipal PathwiseUser user,
                     @Valid @ModelAttribute("form") CompetencyGroupForm form, BindingResult binding, Model model,
                     RedirectAttributes redirect) {
        HrOnly.require(user);
        if (!binding.hasErrors()) {
            FrameworkOutcome outcome = groups.saveGroup(id, form.getVersion(), form.getCode(), form.name());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "competency.group.saved", form.name().en());
                return "redirect:/framework/competency-groups";
            }
        }
        return page(model, user, form, id, queries.groupsWithCounts());
    }

    @PostMapping("/framework/competency-groups/{id}/move")
    String moveGroup(@PathVariable long id, @RequestParam String direction,
                     @AuthenticationPrincipal PathwiseUser user) {
        HrOnly.require(user);
        groups.moveGroup(id, "up".equals(direction));
        return "redirect:/framework/competency-groups";
    }

    private String page(Model model, PathwiseUser user, CompetencyGroupForm form, Long editing,
                        List<CompetencyGroupRow> rows) {
        model.addAttribute("groups", rows);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("canEdit", HrOnly.canEdit(user));
        return "competency/groups";
    }
}
