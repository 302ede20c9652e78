package app.pathwise.objective.web;

import app.pathwise.objective.KeyResultUpdateRejected;
import app.pathwise.objective.KeyResultView;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.objective.domain.KeyResultRecorder;
import app.pathwise.objective.domain.ObjectiveAuthoring;
import app.pathwise.objective.domain.ObjectivePages;
import app.pathwise.objective.domain.Saved;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /objectives/{id}/key-results/...}: adding and changing a key result and recording its value
 * with a note, by whoever may edit the objective while it is active; anyone else: not found. A form
 * sent for an objective closed in the meantime gets the conflict page.
 */
@Controller
class KeyResultController {

    private final ObjectivePages pages;
    private final ObjectiveAuthoring authoring;

    KeyResultController(ObjectivePages pages, ObjectiveAuthoring authoring) {
        this.pages = pages;
        this.authoring = authoring;
    }

    @GetMapping("/objectives/{id}/key-results/new")
    String showNew(@PathVariable long id, @AuthenticationPrincipal PathwiseUser user, Model model) {
        return form(model, active(user, id), null, KeyResultForm.blank());
    }

    @PostMapping("/objectives/{id}/key-results/new")
    String createKeyResult(@PathVariable long id, @Valid @ModelAttribute("form") KeyResultForm form,
                           BindingResult binding, @AuthenticationPrincipal PathwiseUser user, Model model,
                           RedirectAttributes redirect) {
        ObjectiveView objective = pages.editable(user, id);
        if (binding.hasErrors()) {
            return form(model, objective, null, form);
        }
        Saved saved = authoring.addKeyResult(user, id, form.toDraft());
        if (!saved.ok()) {
            FormSupport.reject(binding, saved.problems());
            return form(model, objective, null, form);
        }
        Flash.success(redirect, "objective.flash.key-result-added");
        return "redirect:/objectives/" + id;
    }

    @GetMapping("/objectives/{id}/key-results/{keyResultId}/edit")
    String showEdit(@PathVariable long id, @PathVariable long keyResultId, @AuthenticationPrincipal PathwiseUser user,
                    Model model) {
        ObjectiveView objective = active(user, id);
        KeyResultView keyResult = keyResult(objective, keyResultId);
        return form(model, objective, keyResult, KeyResultForm.of(keyResult));
    }

    @PostMapping("/objectives/{id}/key-results/{keyResultId}/edit")
    String updateKeyResult(@PathVariable long id, @PathVariable long keyResultId,
                           @Valid @ModelAttribute("form") KeyResultForm form, BindingResult binding,
                           @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        ObjectiveView objective = pages.editable(user, id);
        KeyResultView keyResult = keyResult(objective, keyResultId);
        form.setKind(keyResult.kind());
        if (binding.hasErrors()) {
            return form(model, objective, keyResult, form);
        }
        Saved saved = authoring.updateKeyResult(user, id, keyResultId, form.getVersion(), form.toDraft());
        if (!saved.ok()) {
            FormSupport.reject(binding, saved.problems());
            return form(model, objective, keyResult, form);
        }
        Flash.success(redirect, "objective.flash.key-result-updated");
        return "redirect:/objectives/" + id;
    }

    @GetMapping("/objectives/{id}/key-results/{keyResultId}/value")
    String showValue(@PathVariable long id, @PathVariable long keyResultId, @AuthenticationPrincipal PathwiseUser user,
                     Model model) {
        ObjectiveView objective = active(user, id);
        KeyResultView keyResult = keyResult(objective, keyResultId);
        return valueForm(model, objective, keyResult, KeyResultValueForm.of(keyResult));
    }

    @PostMapping("/objectives/{id}/key-results/{keyResultId}/value")
    String recordValue(@PathVariable long id, @PathVariable long keyResultId,
                       @Valid @ModelAttribute("form") KeyResultValueForm form, BindingResult binding,
                       @AuthenticationPrincipal PathwiseUser user, Model model, RedirectAttributes redirect) {
        ObjectiveView objective = pages.editable(user, id);
        KeyResultView keyResult = keyResult(objective, keyResultId);
        if (!binding.hasFieldErrors("value") && form.getValue() == null) {
            binding.rejectValue("value", "objective.value.required");
        }
        if (binding.hasErrors()) {
            return valueForm(model, objective, keyResult, form);
        }
        try {
            authoring.recordValue(user, id, keyResultId, form.getVersion(), form.getValue(), form.getNote());
        } catch (KeyResultUpdateRejected rejected) {
            binding.rejectValue(KeyResultRecorder.NOTE_TOO_LONG.equals(rejected.messageKey()) ? "note" : "value",
                rejected.messageKey(), rejected.args(), null);
            return valueForm(model, objective, keyResult, form);
        }
        Flash.success(redirect, "objective.flash.value-recorded");
        return "redirect:/objectives/" + id;
    }

    /** For the forms: an active objective the user may edit (a closed one takes no changes until reopened). */
    private ObjectiveView active(PathwiseUser user, long id) {
        ObjectiveView objective = pages.editable(user, id);
        if (!objective.active()) {
            throw new NotFoundException();
        }
        return objective;
    }

    private static KeyResultView keyResult(ObjectiveView objective, long keyResultId) {
        return objective.keyResults().stream().filter(k -> k.id() == keyResultId).findFirst()
            .orElseThrow(NotFoundException::new);
    }

    private static String form(Model model, ObjectiveView objective, KeyResultView existing, KeyResultForm form) {
        model.addAttribute("objective", objective);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        return "objective/key-result-form";
    }

    private static String valueForm(Model model, ObjectiveView objective, KeyResultView keyResult,
                                    KeyResultValueForm form) {
        model.addAttribute("objective", objective);
        model.addAttribute("keyResult", keyResult);
        model.addAttribute("form", form);
        return "objective/key-result-value";
    }
}
