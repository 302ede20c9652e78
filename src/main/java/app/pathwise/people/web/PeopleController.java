package app.pathwise.people.web;

import app.pathwise.people.EmployeeOverview;
import app.pathwise.people.EmployeeProfile;
import app.pathwise.people.EmployeeQueries;
import app.pathwise.people.EmployeeService;
import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.Gender;
import app.pathwise.people.OrganisationService;
import app.pathwise.people.PeopleGeneration;
import app.pathwise.people.PeopleGeneration.EmployeeStamp;
import app.pathwise.people.SearchText;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.Flash;
import app.pathwise.shared.web.PageShells;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The directory and the employee page, and HR's create, edit and deactivate. */
@Controller
class PeopleController {

    /** Direct reports listed on an employee page; the page gives their number too. */
    static final int REPORTS_SHOWN = 50;

    private final EmployeeQueries queries;
    private final DirectoryView directoryView;
    private final EmployeeService employees;
    private final OrganisationService organisation;
    private final AccessPolicy access;
    private final PeopleParts parts;
    private final Clock clock;

    PeopleController(EmployeeQueries queries, DirectoryView directoryView, EmployeeService employees,
                     OrganisationService organisation, AccessPolicy access, PeopleParts parts, Clock clock) {
        this.queries = queries;
        this.directoryView = directoryView;
        this.employees = employees;
        this.organisation = organisation;
        this.access = access;
        this.parts = parts;
        this.clock = clock;
    }

    @GetMapping("/people")
    String showDirectory(@RequestParam(required = false) String q, @RequestParam(required = false) Long department,
                         @RequestParam(required = false) EmploymentStatus status,
                         @RequestParam(required = false) Integer page,
                         @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        int current = PageView.clampPage(page);
        if (htmx != null) {
            model.addAttribute("part", directoryView.results(q, department, status, current));
            return "people/directory-results :: results";
        }
        if (!SearchText.normalise(q).isEmpty()) {
            // a search is keyed by free text: put together on each request
            model.addAttribute("part", directoryView.section(q, department, status, current));
        } else {
            long generation = queries.generation(null).generation();
            model.addAttribute("part", parts.directory.get(generation,
                new DirectoryKey(department, status, current, LocaleContextHolder.getLocale()),
                () -> Optional.of(directoryView.section(null, department, status, current))).orElseThrow());
        }
        PageShells.keep(model);
        return "people/directory";
    }

    @GetMapping("/people/{id}")
    String showEmployee(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        // the person, their manager line and HR also open the person's development pages; an
        // administrator who is none of these sees the record only
        boolean development = access.canView(user, id);
        boolean canEdit = access.canAdministerPeople(user);
        if (!development && !canEdit) {
            throw new NotFoundException();
        }
        PeopleGeneration now = queries.generation(id);
        if (now.employee() == null) {
            throw new NotFoundException();
        }
        // the record is kept per kind of reader (HR sees the demographic fields, the development links
        // show to those who may open them); the forms that change it are rendered on each request
        model.addAttribute("part", parts.records.get(now.generation(),
            new RecordKey(id, canEdit, development, LocaleContextHolder.getLocale()),
            () -> queries.overview(id).map(overview -> renderRecord(overview, canEdit, development)))
            .orElseThrow(NotFoundException::new));
        model.addAttribute("employee", now.employee());
        if (canEdit) {
            // the forms that change the record, for the record as read with the generation
            LocalDate today = LocalDate.now(clock);
            model.addAttribute("forms", parts.forms.get(new FormsKey(now.employee(), today,
                LocaleContextHolder.getLocale()), () -> Optional.of(EncodedPart.of(null, parts.renderer.renderWithForms(
                    "people/employee-content", "forms", Map.of("employee", now.employee(), "canEdit", true,
                        "today", today))))).orElseThrow());
        }
        PageShells.keep(model);
        return "people/employee";
    }

    private EncodedPart renderRecord(EmployeeOverview overview, boolean canEdit, boolean development) {
        long id = overview.profile().id();
        Map<String, Object> variables = new HashMap<>();
        variables.put("employee", overview.profile());
        variables.put("reports", queries.directReports(id, REPORTS_SHOWN));
        variables.put("lineSize", overview.lineSize());
        variables.put("history", queries.jobHistory(id));
        variables.put("canEdit", canEdit);
        variables.put("development", development);
        return EncodedPart.of(null, parts.renderer.render("people/employee-content", "content", variables));
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

    private record DirectoryKey(Long department, EmploymentStatus status, int page, Locale locale) {
    }

    private record FormsKey(EmployeeStamp employee, LocalDate today, Locale locale) {
    }

    private record RecordKey(long id, boolean canEdit, boolean development, Locale locale) {
    }
}
