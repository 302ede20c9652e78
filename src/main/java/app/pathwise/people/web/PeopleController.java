package app.pathwise.people.web;

import app.pathwise.people.DirectoryFilter;
import app.pathwise.people.DirectoryPage;
import app.pathwise.people.EmployeeOverview;
import app.pathwise.people.EmployeeProfile;
import app.pathwise.people.EmployeeQueries;
import app.pathwise.people.EmployeeService;
import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.Gender;
import app.pathwise.people.OrganisationService;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.groups.Default;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The directory and the employee page, and HR's create, edit and deactivate. */
@Controller
class PeopleController {

    /** Direct reports listed on an employee page; the page gives their number too. */
    static final int REPORTS_SHOWN = 50;

    private final EmployeeQueries queries;
    private final EmployeeService employees;
    private final OrganisationService organisation;
    private final AccessPolicy access;
    private final Clock clock;

    PeopleController(EmployeeQueries queries, EmployeeService employees, OrganisationService organisation,
                     AccessPolicy access, Clock clock) {
        this.queries = queries;
        this.employees = employees;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/people")
    String showDirectory(@RequestParam(required = false) String q, @RequestParam(required = false) Long department,
                         @RequestParam(required = false) EmploymentStatus status,
                         @RequestParam(required = false) Integer page,
                         @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        DirectoryFilter filter = new DirectoryFilter(q, department, status, false);
        DirectoryPage result = queries.search(filter, PageView.clampPage(page), PageView.DEFAULT_SIZE);
        model.addAttribute("page", result.page());
        model.addAttribute("countCapped", result.capped());
        model.addAttribute("moreThan", result.moreThan());
        model.addAttribute("q", q);
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        model.addAttribute("statuses", EmploymentStatus.values());
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/people").queryParamIfPresent("q",
                java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
            .queryParamIfPresent("department", java.util.Optional.ofNullable(department))
            .queryParamIfPresent("status", java.util.Optional.ofNullable(status)).encode().build().toUriString());
        if (htmx != null) {
            return "people/directory :: results";
        }
        model.addAttribute("departments", organisation.departmentOptions());
        return "people/directory";
    }

    @GetMapping("/people/{id}")
    String showEmployee(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        // the person, their manager line and HR also open the person's development pages; an
        // administrator who is none of these sees the record only
        boolean development = access.canView(user, id);
        if (!development && !access.canAdministerPeople(user)) {
            throw new NotFoundException();
        }
        EmployeeOverview overview = queries.overview(id).orElseThrow(NotFoundException::new);
        model.addAttribute("employee", overview.profile());
        model.addAttribute("reports", queries.directReports(id, REPORTS_SHOWN));
        model.addAttribute("lineSize", overview.lineSize());
        model.addAttribute("history", queries.jobHistory(id));
        model.addAttribute("canEdit", access.canAdministerPeople(user));
        model.addAttribute("development", development);
        model.addAttribute("today", LocalDate.now(clock));
        return "people/employee";
    }

    @GetMapping("/people/new")
    String showCreateForm(Model model) {
        EmployeeForm form = new EmployeeForm();
        form.setHireDate(LocalDate.now(clock));
        return form(model, form, true);
    }

    @PostMapping("/people/new")
    String createEmployee(@Validated({Default.class, EmployeeForm.Creating.class}) @ModelAttribute("form") EmployeeForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        Long managerId = resolveManager(form, binding);
        if (binding.hasErrors()) {
            return form(model, form, true);
        }
        EmployeeService.Outcome outcome = employees.createEmployee(form.toDetails(managerId));
        if (!outcome.succeeded()) {
            outcome.problems().asMap().forEach((field, key) -> binding.rejectValue(toFormField(field), key));
            return form(model, form, true);
        }
        Flash.success(redirect, "people.employee.created", form.getFullName());
        return "redirect:/people/" + outcome.employeeId();
    }

    @GetMapping("/people/{id}/edit")
    String showEditForm(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        checkAdminister(user);
        EmployeeProfile profile = queries.profile(id).orElseThrow(NotFoundException::new);
        String managerNumber = profile.managerId() == null ? null
            : queries.profile(profile.managerId()).map(EmployeeProfile::employeeNumber).orElse(null);
        EmployeeForm form = EmployeeForm.from(profile, managerNumber);
        form.setEffectiveDate(LocalDate.now(clock));
        model.addAttribute("employeeId", id);
        return form(model, form, false);
    }

    @PostMapping("/people/{id}/edit")
    String updateEmployee(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                          @Valid @ModelAttribute("form") EmployeeForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        checkAdminister(user);
        EmployeeProfile current = queries.profile(id).orElseThrow(NotFoundException::new);
        form.setEmployeeNumber(current.employeeNumber());
        if (form.getEffectiveDate() == null) {
            binding.rejectValue("effectiveDate", "NotNull");
        }
        Long managerId = resolveManager(form, binding);
        model.addAttribute("employeeId", id);
        if (binding.hasErrors()) {
            return form(model, form, false);
        }
        EmployeeService.Outcome outcome = employees.updateEmployee(id, form.getVersion(), form.toDetails(managerId),
            form.getEffectiveDate());
        if (!outcome.succeeded()) {
            outcome.problems().asMap().forEach((field, key) -> binding.rejectValue(toFormField(field), key));
            return form(model, form, false);
        }
        Flash.success(redirect, "people.employee.updated", form.getFullName());
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/deactivate")
    String deactivateEmployee(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                              @RequestParam long version,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                              RedirectAttributes redirect) {
        checkAdminister(user);
        EmployeeProfile profile = queries.profile(id).orElseThrow(NotFoundException::new);
        if (endDate == null || endDate.isBefore(profile.hireDate())) {
            Flash.error(redirect, "people.employee.end-date-invalid");
            return "redirect:/people/" + id;
        }
        employees.deactivateEmployee(id, version, endDate);
        Flash.success(redirect, "people.employee.deactivated", profile.fullName());
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/reactivate")
    String reactivateEmployee(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                              @RequestParam long version, RedirectAttributes redirect) {
        checkAdminister(user);
        EmployeeProfile profile = queries.profile(id).orElseThrow(NotFoundException::new);
        employees.reactivateEmployee(id, version, LocalDate.now(clock));
        Flash.success(redirect, "people.employee.reactivated", profile.fullName());
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/lookup")
    String lookup(@RequestParam(required = false) String managerNumber, @AuthenticationPrincipal PathwiseUser user,
                  Model model) {
        checkAdminister(user);
        model.addAttribute("candidates", queries.candidates(managerNumber, 10));
        return "people/lookup :: options";
    }

    private Long resolveManager(EmployeeForm form, BindingResult binding) {
        if (form.getManagerNumber() == null || form.getManagerNumber().isBlank()) {
            return null;
        }
        var manager = queries.findIdByNumber(form.getManagerNumber().strip());
        if (manager.isEmpty()) {
            binding.rejectValue("managerNumber", "people.employee.manager-unknown");
            return null;
        }
        return manager.get();
    }

    private static String toFormField(String field) {
        return "managerId".equals(field) ? "managerNumber" : field;
    }

    private void checkAdminister(PathwiseUser user) {
        if (!access.canAdministerPeople(user)) {
            throw new NotFoundException();
        }
    }

    private String form(Model model, EmployeeForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("departments", organisation.departmentOptions());
        model.addAttribute("jobTitles", organisation.jobTitleOptions());
        model.addAttribute("genders", Gender.values());
        return "people/employee-form";
    }
}
