package app.pathwise.objective.web;

import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.objective.domain.Alignment;
import app.pathwise.objective.domain.ObjectivePages;
import app.pathwise.objective.domain.Saved;
import app.pathwise.shared.web.Flash;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The objective form of every scope: what it offers (periods, objectives to align to) and how it
 * saves (field errors first, then the service's own checks; everything typed comes back when
 * something is wrong).
 */
@Component
class ObjectiveFormPage {

    private final ObjectivePages pages;
    private final Alignment alignment;

    ObjectiveFormPage(ObjectivePages pages, Alignment alignment) {
        this.pages = pages;
        this.alignment = alignment;
    }

    /** Who the objective is for: its scope, its owner or department (holder) and the department's name. */
    record Holder(ObjectiveScope scope, Long holderId, String departmentName) {

        static Holder of(ObjectiveView objective) {
            return switch (objective.scope()) {
                case PERSONAL -> new Holder(objective.scope(), objective.ownerId(), null);
                case DEPARTMENT -> new Holder(objective.scope(), objective.departmentId(), objective.departmentName());
                case COMPANY -> new Holder(objective.scope(), null, null);
            };
        }
    }

    String show(Model model, Holder holder, ObjectiveView existing, ObjectiveForm form) {
        model.addAttribute("form", form);
        model.addAttribute("holder", holder);
        model.addAttribute("existing", existing);
        model.addAttribute("periods", pages.periods(form.chosenPeriod()));
        model.addAttribute("parents", alignment.options(holder.scope(), holder.holderId(),
            existing == null ? null : existing.id(), existing == null ? null : existing.parentId(), pages.today()));
        return "objective/objective-form";
    }

    String save(BindingResult binding, ObjectiveForm form, Model model, RedirectAttributes redirect, Holder holder,
                ObjectiveView existing, Supplier<Saved> action) {
        if (!binding.hasFieldErrors("period") && form.chosenPeriod() == null) {
            binding.rejectValue("period", "objective.form.period-invalid");
        }
        if (binding.hasErrors()) {
            return show(model, holder, existing, form);
        }
        Saved saved = action.get();
        if (!saved.ok()) {
            FormSupport.reject(binding, saved.problems());
            return show(model, holder, existing, form);
        }
        Flash.success(redirect, existing == null ? "objective.flash.created" : "objective.flash.updated");
        return "redirect:/objectives/" + saved.id();
    }
}
