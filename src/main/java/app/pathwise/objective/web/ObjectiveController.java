package app.pathwise.objective.web;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.objective.Period;
import app.pathwise.objective.domain.ObjectiveAuthoring;
import app.pathwise.objective.domain.ObjectivePages;
import app.pathwise.objective.web.ObjectiveFormPage.Holder;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.web.Flash;
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
 * {@code /objectives}: my objectives for a period, a new personal objective, an objective's page, and
 * changing, closing and reopening an objective (whoever may edit it; anyone else: not found).
 */
@Controller
class ObjectiveController {

    private final ObjectivePages pages;
    private final ObjectiveAuthoring authoring;
    private final ObjectiveFormPage formPage;

    ObjectiveController(ObjectivePages pages, ObjectiveAuthoring authoring, ObjectiveFormPage formPage) {
        this.pages = pages;
        this.authoring = authoring;
        this.formPage = formPage;
    }

    @GetMapping("/objectives")
    String showMine(@RequestParam(required = false) String period, @AuthenticationPrincipal PathwiseUser user,
                    Model model) {
        Period chosen = FormSupport.period(period, pages);
        FormSupport.periods(model, chosen, pages);
        model.addAttribute("page", pages.mine(user, chosen));
        return "objective/mine";
    }

    @GetMapping("/objectives/new")
    String showNew(@RequestParam(required = false) String period, @AuthenticationPrincipal PathwiseUser user,
                   Model model) {
        return formPage.show(model, mine(user), null, ObjectiveForm.blank(FormSupport.period(period, pages)));
    }

    @PostMapping("/objectives/new")
    String createPersonal(@Valid @ModelAttribute("form") ObjectiveForm form, BindingResult binding,
                          @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        return formPage.save(binding, form, model, redirect, mine(user), null,
            () -> authoring.createPersonal(user, form.toDraft()));
    }

    @GetMapping("/objectives/{id}")
    String showObjective(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        model.addAttribute("detail", pages.detail(user, id));
        return "objective/objective";
    }

    @GetMapping("/objectives/{id}/edit")
    String showEdit(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        ObjectiveView objective = activeToEdit(user, id);
        return formPage.show(model, Holder.of(objective), objective, ObjectiveForm.of(objective));
    }

    @PostMapping("/objectives/{id}/edit")
    String updateObjective(@PathVariable long id, @Valid @ModelAttribute("form") ObjectiveForm form,
                           BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                           RedirectAttributes redirect) {
        ObjectiveView objective = pages.editable(user, id);
        return formPage.save(binding, form, model, redirect, Holder.of(objective), objective,
            () -> authoring.update(user, id, form.getVersion(), form.toDraft()));
    }

    @PostMapping("/objectives/{id}/close")
    String closeObjective(@PathVariable long id, @RequestParam(required = false) Long version,
                          @AuthenticationPrincipal PathwiseUser user, RedirectAttributes redirect) {
        authoring.close(user, id, version);
        Flash.success(redirect, "objective.flash.closed");
        return "redirect:/objectives/" + id;
    }

    @PostMapping("/objectives/{id}/reopen")
    String reopenObjective(@PathVariable long id, @RequestParam(required = false) Long version,
                           @AuthenticationPrincipal PathwiseUser user, RedirectAttributes redirect) {
        authoring.reopen(user, id, version);
        Flash.success(redirect, "objective.flash.reopened");
        return "redirect:/objectives/" + id;
    }

    /** An active objective the user may edit; a closed one has no edit form (reopen it first). */
    private ObjectiveView activeToEdit(PathwiseUser user, long id) {
        ObjectiveView objective = pages.editable(user, id);
        if (!objective.active()) {
            throw new NotFoundException();
        }
        return objective;
    }

    private static Holder mine(PathwiseUser user) {
        if (user.employeeId() == null) {
            throw new NotFoundException();
        }
        return new Holder(ObjectiveScope.PERSONAL, user.employeeId(), null);
    }
}
