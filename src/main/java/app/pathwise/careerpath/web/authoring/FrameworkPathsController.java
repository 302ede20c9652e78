package app.pathwise.careerpath.web.authoring;

import app.pathwise.careerpath.authoring.AuthoringQueries;
import app.pathwise.careerpath.authoring.AuthoringViews.FamilyView;
import app.pathwise.careerpath.authoring.FamilyService;
import app.pathwise.careerpath.authoring.FormProblems;
import app.pathwise.careerpath.authoring.PathService;
import app.pathwise.careerpath.authoring.PathTrack;
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

/**
 * {@code /framework/paths}: the job families and their paths with where each path's versions stand,
 * for HR (who creates families and paths) and executives (who may filter what awaits their approval).
 */
@Controller
class FrameworkPathsController {

    private final AuthoringQueries queries;
    private final FamilyService families;
    private final PathService paths;

    FrameworkPathsController(AuthoringQueries queries, FamilyService families, PathService paths) {
        this.queries = queries;
        this.families = families;
        this.paths = paths;
    }

    @GetMapping("/framework/paths")
    String showPaths(@RequestParam(defaultValue = "false") boolean awaiting, @AuthenticationPrincipal PathwiseUser user,
                     Model model) {
        Roles.requireReader(user);
        model.addAttribute("families", queries.families(awaiting));
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("isHr", Roles.isHr(user));
        model.addAttribute("isExecutive", Roles.isExecutive(user));
        return "careerpath/authoring/paths";
    }

    @GetMapping("/framework/paths/families/new")
    String showNewFamily(@AuthenticationPrincipal PathwiseUser user, Model model) {
        Roles.requireHr(user);
        FamilyForm form = new FamilyForm();
        form.setPosition(queries.families(false).stream().mapToInt(FamilyView::position).max().orElse(0) + 1);
        return familyPage(model, form, null);
    }

    @GetMapping("/framework/paths/families/{id}")
    String showFamily(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        Roles.requireHr(user);
        FamilyView family = queries.family(id).orElseThrow(NotFoundException::new);
        FamilyForm form = new FamilyForm();
        form.setCode(family.code());
        form.setNameEn(family.name().en());
        form.setNameVi(family.name().vi());
        form.setNameZh(family.name().zh());
        form.setDescriptionEn(family.description().en());
        form.setDescriptionVi(family.description().vi());
        form.setDescriptionZh(family.description().zh());
        form.setPosition(family.position());
        form.setVersion(family.version());
        return familyPage(model, form, id);
    }

    @PostMapping({"/framework/paths/families", "/framework/paths/families/{id}"})
    String saveFamily(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") FamilyForm form,
                      BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                      RedirectAttributes redirect) {
        Roles.requireHr(user);
        if (id != null && queries.family(id).isEmpty()) {
            throw new NotFoundException();
        }
        if (!binding.hasErrors()) {
            reject(families.saveFamily(id, form.getVersion(), form.toDetails()), binding);
        }
        if (binding.hasErrors()) {
            return familyPage(model, form, id);
        }
        Flash.success(redirect, "careerpath.authoring.family.saved", form.getNameEn());
        return "redirect:/framework/paths";
    }

    @GetMapping("/framework/paths/new")
    String showNewPath(@RequestParam(required = false) Long family, @AuthenticationPrincipal PathwiseUser user,
                       Model model) {
        Roles.requireHr(user);
        NewPathForm form = new NewPathForm();
        form.setFamilyId(family);
        form.setTrack(PathTrack.SPECIALIST);
        return newPathPage(model, form);
    }

    @PostMapping("/framework/paths/new")
    String createPath(@Valid @ModelAttribute("form") NewPathForm form, BindingResult binding,
                      @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        Roles.requireHr(user);
        if (binding.hasErrors()) {
            return newPathPage(model, form);
        }
        PathService.Created created = paths.createPath(form.toNewPath(), user.accountId());
        if (!created.succeeded()) {
            reject(created.problems(), binding);
            return newPathPage(model, form);
        }
        Flash.success(redirect, "careerpath.authoring.path.created", form.getCode());
        return "redirect:/framework/paths/" + created.pathId() + "/versions/" + created.versionId();
    }

    static void reject(FormProblems problems, BindingResult binding) {
        problems.all().forEach(p -> binding.rejectValue(p.field(), p.key(), p.args(), null));
    }

    private String familyPage(Model model, FamilyForm form, Long editingId) {
        model.addAttribute("form", form);
        model.addAttribute("editingId", editingId);
        return "careerpath/authoring/family-form";
    }

    private String newPathPage(Model model, NewPathForm form) {
        List<FamilyView> all = queries.families(false);
        model.addAttribute("form", form);
        model.addAttribute("familyOptions", all.stream()
            .map(f -> new app.pathwise.people.Option(f.id(), f.code() + " · " + f.name().current())).toList());
        model.addAttribute("tracks", PathTrack.values());
        return "careerpath/authoring/path-form";
    }
}
