package app.pathwise.competency.web;

import app.pathwise.competency.CompetencyDetails;
import app.pathwise.competency.CompetencyFilter;
import app.pathwise.competency.CompetencyGroupView;
import app.pathwise.competency.CompetencyRow;
import app.pathwise.competency.CompetencyService;
import app.pathwise.competency.FrameworkOutcome;
import app.pathwise.competency.FrameworkQueries;
import app.pathwise.competency.ScaleLevelView;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /framework/competencies}: the competencies by group, one competency with its behaviours per
 * level, and HR's form to write them. Executives read; only HR writes.
 */
@Controller
class CompetencyController {

    private final FrameworkQueries queries;
    private final CompetencyService competencies;
    private final SpringValidatorAdapter validator;

    CompetencyController(FrameworkQueries queries, CompetencyService competencies, Validator validator) {
        this.queries = queries;
        this.competencies = competencies;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The competencies of one group on the list page. */
    public record GroupSection(CompetencyGroupView group, List<CompetencyRow> rows) {
    }

    @GetMapping("/framework/competencies")
    String showCompetencies(@RequestParam(required = false) String q, @RequestParam(required = false) Long group,
                            @RequestParam(required = false) String status,
                            @AuthenticationPrincipal PathwiseUser user, Model model) {
        Boolean active = "active".equals(status) ? Boolean.TRUE : "inactive".equals(status) ? Boolean.FALSE : null;
        List<CompetencyRow> rows = queries.competencies(new CompetencyFilter(q, group, active));
        List<CompetencyGroupView> groups = queries.groups();
        Map<Long, List<CompetencyRow>> byGroup = new LinkedHashMap<>();
        rows.forEach(row -> byGroup.computeIfAbsent(row.competency().groupId(), id -> new ArrayList<>())
            .add(row));
        model.addAttribute("sections", groups.stream().filter(g -> byGroup.containsKey(g.id()))
            .map(g -> new GroupSection(g, byGroup.get(g.id()))).toList());
        model.addAttribute("total", rows.size());
        model.addAttribute("groups", groups);
        model.addAttribute("q", q);
        model.addAttribute("group", group);
        model.addAttribute("status", active == null ? "" : status);
        model.addAttribute("canEdit", HrOnly.canEdit(user));
        return "competency/competencies";
    }

    @GetMapping("/framework/competencies/{id}")
    String showCompetency(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        model.addAttribute("details", queries.competency(id).orElseThrow(NotFoundException::new));
        model.addAttribute("canEdit", HrOnly.canEdit(user));
        return "competency/competency";
    }

    @GetMapping("/framework/competencies/new")
    String showCreateForm(@RequestParam(required = false) Long group, @AuthenticationPrincipal PathwiseUser user,
                          Model model) {
        HrOnly.require(user);
        CompetencyForm form = new CompetencyForm();
        form.setGroupId(group);
        List<ScaleLevelView> scale = queries.scale();
        form.alignTo(scale);
        return form(model, form, null, scale);
    }

    @PostMapping("/framework/competencies/new")
    String createCompetency(@AuthenticationPrincipal PathwiseUser user, @ModelAttribute("form") CompetencyForm form,
                            BindingResult binding, Model model, RedirectAttributes redirect) {
        HrOnly.require(user);
        List<ScaleLevelView> scale = validate(form, binding, null);
        if (!binding.hasErrors()) {
            FrameworkOutcome outcome = competencies.createCompetency(form.toDraft());
            Problems.reject(outcome.problems(), binding, form::fieldFor);
            if (outcome.succeeded()) {
                Flash.success(redirect, "competency.form.created", form.getNameEn());
                return "redirect:/framework/competencies/" + outcome.id();
            }
        }
        return form(model, form, null, scale);
    }

    @GetMapping("/framework/competencies/{id}/edit")
    String showEditForm(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        HrOnly.require(user);
        CompetencyDetails details = queries.competency(id).orElseThrow(NotFoundException::new);
        List<ScaleLevelView> scale = queries.scale();
        CompetencyForm form = CompetencyForm.from(details);
        form.alignTo(scale);
        return form(model, form, id, scale);
    }

    @PostMapping("/framework/competencies/{id}/edit")
    String updateCompetency(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                            @ModelAttribute("form") CompetencyForm form, BindingResult binding, Model model,
                            RedirectAttributes redirect) {
        HrOnly.require(user);
        List<ScaleLevelView> scale = validate(form, binding, id);
        if (!binding.hasErrors()) {
            FrameworkOutcome outcome = competencies.updateCompetency(id, form.getVersion(), form.toDraft());
            Problems.reject(outcome.problems(), binding, form::fieldFor);
            if (outcome.succeeded()) {
                Flash.success(redirect, "competency.form.updated", form.getNameEn());
                return "redirect:/framework/competencies/" + id;
            }
        }
        return form(model, form, id, scale);
    }

    @PostMapping("/framework/competencies/{id}/deactivate")
    String deactivateCompetency(@PathVariable long id, @RequestParam long version,
                                @AuthenticationPrincipal PathwiseUser user, RedirectAttributes redirect) {
        HrOnly.require(user);
        competencies.deactivateCompetency(id, version);
        Flash.success(redirect, "competency.detail.deactivated");
        return "redirect:/framework/competencies/" + id;
    }

    @PostMapping("/framework/competencies/{id}/reactivate")
    String reactivateCompetency(@PathVariable long id, @RequestParam long version,
                                @AuthenticationPrincipal PathwiseUser user, RedirectAttributes redirect) {
        HrOnly.require(user);
        competencies.reactivateCompetency(id, version);
        Flash.success(redirect, "competency.detail.reactivated");
        return "redirect:/framework/competencies/" + id;
    }

    /**
     * Lines the behaviours up with the scale, then checks the form and, when it has errors, also what
     * only the service knows, so every problem shows at once.
     */
    private List<ScaleLevelView> validate(CompetencyForm form, BindingResult binding, Long id) {
        List<ScaleLevelView> scale = queries.scale();
        form.alignTo(scale);
        validator.validate(form, binding);
        if (binding.hasErrors()) {
            Problems.reject(competencies.check(id, form.toDraft()), binding, form::fieldFor);
        }
        return scale;
    }

    private String form(Model model, CompetencyForm form, Long id, List<ScaleLevelView> scale) {
        model.addAttribute("form", form);
        model.addAttribute("competencyId", id);
        model.addAttribute("scale", scale);
        model.addAttribute("groups", queries.groups());
        return "competency/competency-form";
    }
}
