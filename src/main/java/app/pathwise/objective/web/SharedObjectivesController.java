package app.pathwise.objective.web;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.Period;
import app.pathwise.objective.domain.ObjectiveAuthoring;
import app.pathwise.objective.domain.ObjectivePages;
import app.pathwise.objective.web.ObjectiveFormPage.Holder;
import app.pathwise.people.OrganisationService;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import jakarta.validation.Valid;
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
 * {@code /objectives/company} and {@code /objectives/departments/{id}}: everyone reads the company's
 * and every department's objectives; HR and executives add company objectives, HR and a department's
 * own managers add that department's. Anyone else asking for a form: not found.
 */
@Controller
class SharedObjectivesController {

    private final ObjectivePages pages;
    private final ObjectiveAuthoring authoring;
    private final ObjectiveFormPage formPage;
    private final OrganisationService organisation;

    SharedObjectivesController(ObjectivePages pages, ObjectiveAuthoring authoring, ObjectiveFormPage formPage,
                               OrganisationService organisation) {
        this.pages = pages;
        this.authoring = authoring;
        this.formPage = formPage;
        this.organisation = organisation;
    }

    @GetMapping("/objectives/company")
    String showCompany(@RequestParam(required = false) String period, @AuthenticationPrincipal PathwiseUser user,
                       Model model) {
        Period chosen = FormSupport.period(period, pages);
        FormSupport.periods(model, chosen, pages);
        model.addAttribute("page", pages.company(user, chosen));
        model.addAttribute("departments", organisation.departmentOptions());
        return "objective/shared";
    }

    @GetMapping("/objectives/departments")
    String pickDepartment(@RequestParam(required = false) Long department, @RequestParam(required = false) String period) {
        if (department == null) {
            return "redirect:/objectives/company";
        }
        Period chosen = Period.parse(period);
        return "redirect:/objectives/departments/" + department + (chosen == null ? "" : "?period=" + chosen.code());
    }

    @GetMapping("/objectives/departments/{id}")
    String showDepartment(@PathVariable long id, @RequestParam(required = false) String period,
                          @AuthenticationPrincipal PathwiseUser user, Model model) {
        Period chosen = FormSupport.period(period, pages);
        FormSupport.periods(model, chosen, pages);
        model.addAttribute("page", pages.department(user, id, chosen));
        model.addAttribute("departments", organisation.departmentOptions());
        return "objective/shared";
    }

    @GetMapping("/objectives/company/new")
    String showNewCompany(@RequestParam(required = false) String period, @AuthenticationPrincipal PathwiseUser user,
                          Model model) {
        return formPage.show(model, company(user), null, ObjectiveForm.blank(FormSupport.period(period, pages)));
    }

    @PostMapping("/objectives/company/new")
    String createCompany(@Valid @ModelAttribute("form") ObjectiveForm form, BindingResult binding,
                         @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        return formPage.save(binding, form, model, redirect, company(user), null,
            () -> authoring.createForCompany(user, form.toDraft()));
    }

    @GetMapping("/objectives/departments/{id}/new")
    String showNewDepartment(@PathVariable long id, @RequestParam(required = false) String period,
                             @AuthenticationPrincipal PathwiseUser user, Model model) {
        return formPage.show(model, department(user, id), null, ObjectiveForm.blank(FormSupport.period(period, pages)));
    }

    @PostMapping("/objectives/departments/{id}/new")
    String createDepartment(@PathVariable long id, @Valid @ModelAttribute("form") ObjectiveForm form,
                            BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                            RedirectAttributes redirect) {
        return formPage.save(binding, form, model, redirect, department(user, id), null,
            () -> authoring.createForDepartment(user, id, form.toDraft()));
    }

    private Holder company(PathwiseUser user) {
        if (!pages.canEditCompany(user)) {
            throw new NotFoundException();
        }
        return new Holder(ObjectiveScope.COMPANY, null, null);
    }

    private Holder department(PathwiseUser user, long id) {
        return new Holder(ObjectiveScope.DEPARTMENT, id, pages.departmentToEdit(user, id));
    }
}
