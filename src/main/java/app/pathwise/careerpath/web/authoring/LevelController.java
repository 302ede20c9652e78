package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.AuthoringQueries;
import app.pathwise.careerpath.authoring.AuthoringViews.LevelView;
import app.pathwise.careerpath.authoring.AuthoringViews.VersionPage;
import app.pathwise.careerpath.authoring.FrameworkCatalogue;
import app.pathwise.careerpath.authoring.FrameworkCatalogue.CompetencyOption;
import app.pathwise.careerpath.authoring.FrameworkCatalogue.ScaleLevel;
import app.pathwise.careerpath.authoring.LevelService;
import app.pathwise.careerpath.authoring.VersionStatus;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The levels of a draft version, for HR: the level form (texts, requirements, certifications,
 * job-title ties, lateral moves), and moving a level up or down or removing it. A level with a
 * problem is shown again with the problems next to its fields and nothing saved.
 */
@Controller
@RequestMapping("/framework/paths/{pathId}/versions/{versionId}/levels")
class LevelController {

    private final AuthoringQueries queries;
    private final LevelService levels;
    private final FrameworkCatalogue catalogue;

    LevelController(AuthoringQueries queries, LevelService levels, FrameworkCatalogue catalogue) {
        this.queries = queries;
        this.levels = levels;
        this.catalogue = catalogue;
    }

    @GetMapping("/new")
    String showNewLevel(@PathVariable long pathId, @PathVariable long versionId,
                        @AuthenticationPrincipal PathwiseUser user, Model model) {
        Roles.requireHr(user);
        VersionPage page = draft(pathId, versionId);
        LevelForm form = new LevelForm();
        form.setVersion(page.version().version());
        form.addBlankRows(LevelForm.BLANK_REQUIREMENTS, LevelForm.BLANK_MOVES);
        return levelPage(model, page, form, null);
    }

    @PostMapping
    String addLevel(@PathVariable long pathId, @PathVariable long versionId,
                    @Valid @ModelAttribute("form") LevelForm form, BindingResult binding,
                    @RequestParam(required = false) String addRows, @AuthenticationPrincipal PathwiseUser user,
                    Model model, RedirectAttributes redirect) {
        Roles.requireHr(user);
        if (addRows != null) {
            VersionPage page = draft(pathId, versionId);
            form.addBlankRows(LevelForm.BLANK_REQUIREMENTS, LevelForm.BLANK_MOVES);
            return levelPage(model, page, form, null);
        }
        if (!binding.hasErrors()) {
            FrameworkPathsController.reject(levels.addLevel(pathId, versionId, form.getVersion(), form.toDetails()),
                binding);
        } else {
            rejectOthers(levels.checkLevel(pathId, versionId, null, form.toDetails()), binding);
        }
        if (binding.hasErrors()) {
            return levelPage(model, draft(pathId, versionId), form, null);
        }
        Flash.success(redirect, "careerpath.authoring.level.added", form.getTitleEn());
        return "redirect:/framework/paths/" + pathId + "/versions/" + versionId;
    }

    @GetMapping("/{levelId}")
    String showLevel(@PathVariable long pathId, @PathVariable long versionId, @PathVariable long levelId,
                     @AuthenticationPrincipal PathwiseUser user, Model model) {
        Roles.requireHr(user);
        VersionPage page = draft(pathId, versionId);
        LevelView level = page.levels().stream().filter(l -> l.id() == levelId).findFirst()
            .orElseThrow(NotFoundException::new);
        LevelForm form = LevelForm.from(level, page.version().version());
        form.addBlankRows(LevelForm.BLANK_REQUIREMENTS, LevelForm.BLANK_MOVES);
        return levelPage(model, page, form, levelId);
    }

    @PostMapping("/{levelId}")
    String updateLevel(@PathVariable long pathId, @PathVariable long versionId, @PathVariable long levelId,
                       @Valid @ModelAttribute("form") LevelForm form, BindingResult binding,
                       @RequestParam(required = false) String addRows, @AuthenticationPrincipal PathwiseUser user,
                       Model model, RedirectAttributes redirect) {
        Roles.requireHr(user);
        if (addRows != null) {
            VersionPage page = draft(pathId, versionId);
            requireLevel(page, levelId);
            form.addBlankRows(LevelForm.BLANK_REQUIREMENTS, LevelForm.BLANK_MOVES);
            return levelPage(model, page, form, levelId);
        }
        if (!binding.hasErrors()) {
            FrameworkPathsController.reject(levels.updateLevel(pathId, versionId, levelId, form.getVersion(),
                form.toDetails()), binding);
        } else {
            rejectOthers(levels.checkLevel(pathId, versionId, levelId, form.toDetails()), binding);
        }
        if (binding.hasErrors()) {
            VersionPage page = draft(pathId, versionId);
            requireLevel(page, levelId);
            return levelPage(model, page, form, levelId);
        }
        Flash.success(redirect, "careerpath.authoring.level.saved", form.getTitleEn());
        return "redirect:/framework/paths/" + pathId + "/versions/" + versionId;
    }

    @PostMapping("/{levelId}/up")
    String moveUp(@PathVariable long pathId, @PathVariable long versionId, @PathVariable long levelId,
                  @RequestParam(required = false) Long version, @AuthenticationPrincipal PathwiseUser user) {
        Roles.requireHr(user);
        levels.moveLevel(pathId, versionId, levelId, version, true);
        return "redirect:/framework/paths/" + pathId + "/versions/" + versionId + "#levels";
    }

    @PostMapping("/{levelId}/down")
    String moveDown(@PathVariable long pathId, @PathVariable long versionId, @PathVariable long levelId,
                    @RequestParam(required = false) Long version, @AuthenticationPrincipal PathwiseUser user) {
        Roles.requireHr(user);
        levels.moveLevel(pathId, versionId, levelId, version, false);
        return "redirect:/framework/paths/" + pathId + "/versions/" + versionId + "#levels";
    }

    @PostMapping("/{levelId}/remove")
    String removeLevel(@PathVariable long pathId, @PathVariable long versionId, @PathVariable long levelId,
                       @RequestParam(required = false) Long version, @AuthenticationPrincipal PathwiseUser user,
                       RedirectAttributes redirect) {
        Roles.requireHr(user);
        levels.removeLevel(pathId, versionId, levelId, version);
        Flash.success(redirect, "careerpath.authoring.level.removed");
        return "redirect:/framework/paths/" + pathId + "/versions/" + versionId;
    }

    /** Adds the service's problems for the fields the form's own checks found nothing wrong with. */
    private static void rejectOthers(app.pathwise.careerpath.authoring.FormProblems problems, BindingResult binding) {
        problems.all().stream().filter(p -> !binding.hasFieldErrors(p.field()))
            .forEach(p -> binding.rejectValue(p.field(), p.key(), p.args(), null));
    }

    /** The version, which must be a draft: other versions are read on the version page only. */
    private VersionPage draft(long pathId, long versionId) {
        VersionPage page = queries.version(pathId, versionId).orElseThrow(NotFoundException::new);
        if (page.version().status() != VersionStatus.DRAFT) {
            throw new app.pathwise.careerpath.authoring.AuthoringRefusal("careerpath.authoring.refused.not-draft",
                pathId, page.version().number());
        }
        return page;
    }

    private static void requireLevel(VersionPage page, long levelId) {
        if (page.levels().stream().noneMatch(l -> l.id() == levelId)) {
            throw new NotFoundException();
        }
    }

    private String levelPage(Model model, VersionPage page, LevelForm form, Long levelId) {
        model.addAttribute("page", page);
        model.addAttribute("v", page.version());
        model.addAttribute("form", form);
        model.addAttribute("levelId", levelId);
        List<CompetencyOption> competencies = catalogue.competencies();
        List<ScaleLevel> scale = catalogue.scale();
        model.addAttribute("competencies", competencies);
        model.addAttribute("competencyGroups",
            groups(competencies, CompetencyOption::groupCode, CompetencyOption::group));
        model.addAttribute("scale", scale);
        model.addAttribute("maxScale", scale.stream().mapToInt(ScaleLevel::level).max().orElse(0));
        model.addAttribute("certifications", catalogue.certifications());
        model.addAttribute("jobTitles", catalogue.jobTitles());
        model.addAttribute("targetGroups", groups(queries.moveTargets(page.version().pathId()),
            t -> String.valueOf(t.pathId()), t -> new LocalizedText(t.pathName().en() == null ? t.pathCode()
                : t.pathName().en() + " (" + t.pathCode() + ")", t.pathName().vi() == null ? null
                : t.pathName().vi() + " (" + t.pathCode() + ")", t.pathName().zh() == null ? null
                : t.pathName().zh() + " (" + t.pathCode() + ")")));
        return "careerpath/authoring/level-form";
    }

    /** Options under a heading (an optgroup). */
    record Group<T>(LocalizedText label, List<T> options) {
    }

    private static <T> List<Group<T>> groups(List<T> options, Function<T, String> key,
                                             Function<T, LocalizedText> label) {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        for (T option : options) {
            grouped.computeIfAbsent(key.apply(option), k -> new ArrayList<>()).add(option);
            labels.putIfAbsent(key.apply(option), label.apply(option));
        }
        return grouped.entrySet().stream().map(e -> new Group<>(labels.get(e.getKey()), List.copyOf(e.getValue())))
            .toList();
    }
}
