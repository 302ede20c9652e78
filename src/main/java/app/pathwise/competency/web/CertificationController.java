package app.pathwise.competency.web;

import app.pathwise.competency.CertificationQueries;
import app.pathwise.competency.CertificationService;
import app.pathwise.competency.CertificationView;
import app.pathwise.competency.FrameworkOutcome;
import app.pathwise.people.EmployeeQueries;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
 * {@code /framework/certifications}: the catalogue (executives read it, HR writes it) and, for HR
 * only, who holds a certification, with a form to record that someone earned it.
 */
@Controller
class CertificationController {

    private final CertificationQueries queries;
    private final CertificationService certifications;
    private final EmployeeQueries employees;
    private final Clock clock;

    CertificationController(CertificationQueries queries, CertificationService certifications,
                            EmployeeQueries employees, Clock clock) {
        this.queries = queries;
        this.certifications = certifications;
        this.employees = employees;
        this.clock = clock;
    }

    @GetMapping("/framework/certifications")
    String showCatalogue(@AuthenticationPrincipal PathwiseUser user, Model model) {
        return catalogue(model, user, new CertificationForm(), null);
    }

    @GetMapping("/framework/certifications/{id}")
    String showCertification(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        HrOnly.require(user);
        CertificationView certification = queries.certification(id).orElseThrow(NotFoundException::new);
        return catalogue(model, user, CertificationForm.from(certification), id);
    }

    @PostMapping({"/framework/certifications", "/framework/certifications/{id}"})
    String saveCertification(@PathVariable(required = false) Long id, @AuthenticationPrincipal PathwiseUser user,
                             @Valid @ModelAttribute("form") CertificationForm form, BindingResult binding,
                             Model model, RedirectAttributes redirect) {
        HrOnly.require(user);
        if (!binding.hasErrors()) {
            FrameworkOutcome outcome = certifications.saveCertification(id, form.getVersion(), form.toDraft());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "competency.certification.saved", form.getNameEn());
                return "redirect:/framework/certifications";
            }
        }
        return catalogue(model, user, form, id);
    }

    @GetMapping("/framework/certifications/{id}/holders")
    String showHolders(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        HrOnly.require(user);
        EarnedCertificationForm form = new EarnedCertificationForm();
        form.setEarnedOn(LocalDate.now(clock));
        return holders(model, id, form);
    }

    @PostMapping("/framework/certifications/{id}/holders")
    String recordHolder(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user,
                        @Valid @ModelAttribute("form") EarnedCertificationForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        HrOnly.require(user);
        queries.certification(id).orElseThrow(NotFoundException::new);
        form.setCertificationId(id);
        String number = form.getEmployeeNumber() == null ? "" : form.getEmployeeNumber().strip();
        Optional<Long> employeeId = number.isEmpty() ? Optional.empty() : employees.findIdByNumber(number);
        if (number.isEmpty()) {
            binding.rejectValue("employeeNumber", "NotBlank");
        } else if (employeeId.isEmpty()) {
            binding.rejectValue("employeeNumber", "competency.earned.employee-unknown");
        }
        if (!binding.hasErrors()) {
            FrameworkOutcome outcome = certifications.recordEarned(employeeId.orElseThrow(), form.toDraft());
            Problems.reject(outcome.problems(), binding);
            if (outcome.succeeded()) {
                Flash.success(redirect, "competency.earned.recorded");
                return "redirect:/framework/certifications/" + id + "/holders";
            }
        }
        return holders(model, id, form);
    }

    private String holders(Model model, long id, EarnedCertificationForm form) {
        model.addAttribute("certification", queries.certification(id).orElseThrow(NotFoundException::new));
        model.addAttribute("holders", queries.holdersOf(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("form", form);
        return "competency/certification-holders";
    }

    private String catalogue(Model model, PathwiseUser user, CertificationForm form, Long editing) {
        model.addAttribute("certifications", queries.catalogueWithHolders(LocalDate.now(clock)));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("canEdit", HrOnly.canEdit(user));
        return "competency/certifications";
    }
}
