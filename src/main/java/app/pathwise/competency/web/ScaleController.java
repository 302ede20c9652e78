package app.pathwise.competency.web;

import app.pathwise.competency.FrameworkOutcome;
import app.pathwise.competency.FrameworkProblems;
import app.pathwise.competency.FrameworkQueries;
import app.pathwise.competency.ProficiencyScaleService;
import app.pathwise.competency.ScaleLevelRow;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /framework/scale}: the proficiency scale. HR relabels, adds a level on top or removes an unused top one. */
@Controller
class ScaleController {

    private final FrameworkQueries queries;
    private final ProficiencyScaleService scale;

    ScaleController(FrameworkQueries queries, ProficiencyScaleService scale) {
        this.queries = queries;
        this.scale = scale;
    }

    @GetMapping("/framework/scale")
    String showScale(@AuthenticationPrincipal PathwiseUser user, Model model) {
        return page(model, user, new ScaleLevelForm(), null);
    }

    @GetMapping("/framework/scale/{level}")
    String showLevel(@PathVariable int level, @AuthenticationPrincipal PathwiseUser user, Model model) {
        HrOnly.require(user);
        List<ScaleLevelRow> levels = queries.scaleForAuthoring();
        ScaleLevelRow row = levels.stream().filter(l -> l.level().level() == level).findFirst()
            .orElseThrow(NotFoundException::new);
        return page(model, user, ScaleLevelForm.from(row.level()), level, levels);
    }

    @PostMapping("/framework/scale")
    String addLevel(@AuthenticationPrincipal PathwiseUser user, @Valid @ModelAttribute("form") ScaleLevelForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        HrOnly.require(user);
        if (!binding.hasErrors()) {
            FrameworkOutcome outcome = scale.addLevel(form.label(), form.description());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "competency.scale.added", outcome.id(), form.label().en());
                return "redirect:/framework/scale";
            }
        }
        return page(model, user, form, null);
    }

    @PostMapping("/framework/scale/{level}")
    String describeLevel(@PathVariable int level, @AuthenticationPrincipal PathwiseUser user,
                         @Valid @ModelAttribute("form") ScaleLevelForm form, BindingResult binding, Model model,
                         RedirectAttributes redirect) {
        HrOnly.require(user);
        if (!binding.hasErrors()) {
            FrameworkProblems problems = scale.describeLevel(level, form.getVersion() == null ? -1 : form.getVersion(),
                form.label(), form.description());
            Problems.reject(problems, binding);
            if (problems.isEmpty()) {
                Flash.success(redirect, "competency.scale.saved", level, form.label().en());
                return "redirect:/framework/scale";
            }
        }
        return page(model, user, form, level);
    }

    @PostMapping("/framework/scale/{level}/remove")
    String removeLevel(@PathVariable int level, @AuthenticationPrincipal PathwiseUser user,
                       RedirectAttributes redirect) {
        HrOnly.require(user);
        if (scale.removeTopLevel(level)) {
            Flash.success(redirect, "competency.scale.removed", level);
        } else {
            Flash.error(redirect, "competency.scale.not-removable", level);
        }
        return "redirect:/framework/scale";
    }

    private String page(Model model, PathwiseUser user, ScaleLevelForm form, Integer editing) {
        return page(model, user, form, editing, queries.scaleForAuthoring());
    }

    private String page(Model model, PathwiseUser user, ScaleLevelForm form, Integer editing,
                        List<ScaleLevelRow> levels) {
        model.addAttribute("levels", levels);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("nextLevel", levels.size() + 1);
        model.addAttribute("canAdd", levels.size() < ProficiencyScaleService.MAX_LEVELS);
        model.addAttribute("canEdit", HrOnly.canEdit(user));
        return "competency/scale";
    }
}
