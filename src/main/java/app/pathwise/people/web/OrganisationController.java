package app.pathwise.people.web;

import app.pathwise.people.FieldProblems;
import app.pathwise.people.OrganisationService;
import app.pathwise.people.OrganisationService.DepartmentNode;
import app.pathwise.people.OrganisationService.JobTitleRow;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /organisation}: the department tree and the job titles, for HR and admins. */
@Controller
class OrganisationController {

    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/organisation/departments")
    String showDepartments(Model model) {
        return departmentsPage(model, new DepartmentForm(), null);
    }

    @GetMapping("/organisation/departments/{id}")
    String showDepartment(@PathVariable long id, Model model) {
        DepartmentNode node = organisation.departmentTree().stream().filter(d -> d.id() == id).findFirst()
            .orElseThrow(NotFoundException::new);
        DepartmentForm form = new DepartmentForm();
        form.setCode(node.code());
        form.setName(node.name());
        form.setParentId(node.parentId());
        form.setVersion(node.version());
        return departmentsPage(model, form, id);
    }

    @PostMapping({"/organisation/departments", "/organisation/departments/{id}"})
    String saveDepartment(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") DepartmentForm form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            FieldProblems problems = organisation.saveDepartment(id, form.getVersion(), form.getCode(), form.getName(),
                form.getParentId());
            problems.asMap().forEach(binding::rejectValue);
        }
        if (binding.hasErrors()) {
            return departmentsPage(model, form, id);
        }
        Flash.success(redirect, "people.department.saved", form.getName());
        return "redirect:/organisation/departments";
    }

    @GetMapping("/organisation/job-titles")
    String showJobTitles(Model model) {
        return jobTitlesPage(model, new JobTitleForm(), null);
    }

    @GetMapping("/organisation/job-titles/{id}")
    String showJobTitle(@PathVariable long id, Model model) {
        JobTitleRow row = organisation.jobTitles().stream().filter(t -> t.id() == id).findFirst()
            .orElseThrow(NotFoundException::new);
        JobTitleForm form = new JobTitleForm();
        form.setCode(row.code());
        form.setName(row.name());
        form.setVersion(row.version());
        return jobTitlesPage(model, form, id);
    }

    @PostMapping({"/organisation/job-titles", "/organisation/job-titles/{id}"})
    String saveJobTitle(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") JobTitleForm form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            organisation.saveJobTitle(id, form.getVersion(), form.getCode(), form.getName()).asMap()
                .forEach(binding::rejectValue);
        }
        if (binding.hasErrors()) {
            return jobTitlesPage(model, form, id);
        }
        Flash.success(redirect, "people.job-title.saved", form.getName());
        return "redirect:/organisation/job-titles";
    }

    private String departmentsPage(Model model, DepartmentForm form, Long editingId) {
        List<DepartmentNode> tree = organisation.departmentTree();
        model.addAttribute("departments", tree);
        model.addAttribute("parents", OrganisationService.toOptions(tree));
        model.addAttribute("form", form);
        model.addAttribute("editingId", editingId);
        return "people/departments";
    }

    private String jobTitlesPage(Model model, JobTitleForm form, Long editingId) {
        model.addAttribute("jobTitles", organisation.jobTitles());
        model.addAttribute("form", form);
        model.addAttribute("editingId", editingId);
        return "people/job-titles";
    }
}
