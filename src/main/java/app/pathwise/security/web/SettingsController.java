package app.pathwise.security.web;

import app.pathwise.security.AccountProblem;
import app.pathwise.security.AccountService;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.UserLocaleResolver;
import app.pathwise.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /settings}: the signed-in user's language, e-mail notifications and password. */
@Controller
class SettingsController {

    private final AccountService accounts;
    private final LocaleResolver localeResolver;

    SettingsController(AccountService accounts, LocaleResolver localeResolver) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/settings")
    String showSettings(@AuthenticationPrincipal PathwiseUser user, Model model) {
        model.addAttribute("passwordForm", new ChangePasswordForm());
        return page(user, model);
    }

    @PostMapping("/settings/language")
    String updateLanguage(@AuthenticationPrincipal PathwiseUser user, @RequestParam String language,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!UserLocaleResolver.isSupported(language)) {
            Flash.error(redirect, "security.settings.language-unknown");
            return "redirect:/settings";
        }
        accounts.changeOwnLanguage(user, language);
        localeResolver.setLocale(request, response, UserLocaleResolver.toLocale(language));
        Flash.success(redirect, "security.settings.language-saved");
        return "redirect:/settings";
    }

    @PostMapping("/settings/notifications")
    String updateEmailNotifications(@AuthenticationPrincipal PathwiseUser user,
                                    @RequestParam(defaultValue = "false") boolean emailNotifications,
                                    RedirectAttributes redirect) {
        accounts.changeOwnEmailNotifications(user, emailNotifications);
        Flash.success(redirect,
            emailNotifications ? "notification.settings.saved-on" : "notification.settings.saved-off");
        return "redirect:/settings";
    }

    @PostMapping("/settings/password")
    String updatePassword(@AuthenticationPrincipal PathwiseUser user,
                          @Valid @ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("newPassword") && !binding.hasFieldErrors("confirmPassword")
            && !form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "security.password.mismatch");
        }
        if (!binding.hasErrors()) {
            Optional<AccountProblem> problem = accounts.changeOwnPassword(user, form.getCurrentPassword(),
                form.getNewPassword());
            problem.ifPresent(p -> binding.rejectValue(p.field(), p.messageKey()));
        }
        if (binding.hasErrors()) {
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setConfirmPassword(null);
            return page(user, model);
        }
        Flash.success(redirect, "security.settings.password-saved");
        return "redirect:/settings";
    }

    private String page(PathwiseUser user, Model model) {
        model.addAttribute("language", user.language());
        model.addAttribute("email", user.email());
        model.addAttribute("emailNotifications", accounts.wantsEmailNotifications(user));
        return "security/settings";
    }
}
