package app.pathwise.competency.web;

import app.pathwise.competency.CertificationQueries;
import app.pathwise.competency.CertificationService;
import app.pathwise.competency.EarnedCertificationView;
import app.pathwise.competency.FrameworkOutcome;
import app.pathwise.people.EmployeeProfile;
import app.pathwise.people.EmployeeQueries;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * {@code /people/{id}/certifications}: the certifications a person earned. The person, their
 * manager line and HR read it; HR records, corrects and removes. Everyone else gets 404.
 */
@Controller
class EarnedCertificationController {

    private final CertificationQueries queries;
    private final CertificationService certifications;
    private final EmployeeQueries employees;
    private final AccessPolicy access;
    private final Clock clock;

    EarnedCertificationController(CertificationQueries queries, CertificationService certifications,
                                  EmployeeQueries employees, AccessPolicy access, Clock clock) {
        this.queries = queries;
        this.certifications = certifications;
        this.employees = employees;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/certifications")
    String showCertifications(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        access.checkView(user, id);
        EarnedCertificationForm form = new EarnedCertificationForm();
        form.setEarnedOn(LocalDate.now(clock));
        return page(model, user, id, form, null);
    }

    @PostMapping("/people/{id}/certifications")
    String recordCertification(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                               @Valid @ModelAttribute("form") EarnedCertificationForm form, BindingResult binding,
                               Model model, RedirectAttributes redirect) {
        checkHr(user);
        EmployeeProfile employee = employees.profile(id).orElseThrow(NotFoundException::new);
        if (!binding.hasErrors()) {
            FrameworkOutcome outcome = certifications.recordEarned(employee.id(), form.toDraft());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "competency.earned.recorded");
                return "redirect:/people/" + id + "/certifications";
            }
        }
        return page(model, user, id, form, null);
    }

    @GetMapping("/people/{id}/certifications/{recordId}")
    String showRecord(@PathVariable long id, @PathVariable long recordId, @AuthenticationPrincipal PathwiseUser user,
                      Model model) {
        checkHr(user);
        List<EarnedCertificationView> records = queries.recordsOf(id);
        EarnedCertificationView record = records.stream().filter(r -> r.id() == recordId).findFirst()
            .orElseThrow(NotFoundException::new);
        return page(model, user, id, EarnedCertificationForm.from(record), recordId);
    }

    @PostMapping("/people/{id}/certifications/{recordId}")
    String correctRecord(@PathVariable long id, @PathVariable long recordId,
                         @AuthenticationPrincipal PathwiseUser user,
                         @Valid @ModelAttribute("form") EarnedCertificationForm form, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        checkHr(user);
        if (!binding.hasErrors()) {
            FrameworkOutcome outcome = certifications.correctEarned(id, recordId, form.toDraft());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "competency.earned.updated");
                return "redirect:/people/" + id + "/certifications";
            }
        }
        return page(model, user, id, form, recordId);
    }

    @PostMapping("/people/{id}/certifications/{recordId}/remove")
    String removeRecord(@PathVariable long id, @PathVariable long recordId, @AuthenticationPrincipal PathwiseUser user,
                        RedirectAttributes redirect) {
        checkHr(user);
        certifications.removeEarned(id, recordId);
        Flash.success(redirect, "competency.earned.removed");
        return "redirect:/people/" + id + "/certifications";
    }

    /** Certifications are recorded by HR; to anyone else these actions do not exist. */
    private static void checkHr(PathwiseUser user) {
        if (!HrOnly.canEdit(user)) {
            throw new NotFoundException();
        }
    }

    private String page(Model model, PathwiseUser user, long id, EarnedCertificationForm form, Long editing) {
        model.addAttribute("employee", employees.profile(id).orElseThrow(NotFoundException::new));
        model.addAttribute("records", queries.recordsOf(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        boolean canEdit = HrOnly.canEdit(user);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("catalogue", canEdit ? queries.catalogue() : List.of());
        return "competency/person-certifications";
    }
}
