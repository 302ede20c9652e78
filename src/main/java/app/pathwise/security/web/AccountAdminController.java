package app.pathwise.security.web;

import app.pathwise.security.AccountService;
import app.pathwise.security.AccountView;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.Flash;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /admin/accounts}: administrators create accounts, grant roles, disable, reset passwords. */
@Controller
class AccountAdminController {

    private final AccountService accounts;

    AccountAdminController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String showAccounts(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                        Model model) {
        model.addAttribute("page", accounts.listAccounts(q, PageView.clampPage(page), PageView.DEFAULT_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/accounts")
            .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
            .encode().build().toUriString());
        return "security/accounts";
    }

    @GetMapping("/admin/accounts/{id}")
    String showAccount(@PathVariable long id, Model model) {
        return accountPage(accounts.findAccount(id), model);
    }

    @PostMapping("/admin/accounts/{id}")
    String updateAccess(@PathVariable long id, @AuthenticationPrincipal PathwiseUser admin,
                        @RequestParam long version, @RequestParam(required = false) List<Role> roles,
                        @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes redirect) {
        Set<Role> granted = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            accounts.updateAccess(admin, id, version, granted, enabled);
            Flash.success(redirect, "security.accounts.saved");
        } catch (AccountService.SelfLockoutException e) {
            Flash.error(redirect, "security.accounts.self-lockout");
        }
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, Model model,
                         RedirectAttributes redirect) {
        var problem = accounts.resetPassword(id, password);
        if (problem.isPresent()) {
            model.addAttribute("passwordError", problem.get().messageKey());
            return accountPage(accounts.findAccount(id), model);
        }
        Flash.success(redirect, "security.accounts.password-reset");
        return "redirect:/admin/accounts/" + id;
    }

    @GetMapping("/admin/accounts/new")
    String showCreateForm(Model model) {
        model.addAttribute("form", new CreateAccountForm());
        return "security/account-form";
    }

    @PostMapping("/admin/accounts/new")
    String createAccount(@Valid @ModelAttribute("form") CreateAccountForm form, BindingResult binding,
                         RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            form.setPassword(null);
            return "security/account-form";
        }
        AccountService.Result result = accounts.createAccount(form.getEmail(), form.getEmployeeId(),
            form.getPassword(), form.getLanguage());
        if (result.problem() != null) {
            binding.rejectValue(result.problem().field(), result.problem().messageKey());
            form.setPassword(null);
            return "security/account-form";
        }
        Flash.success(redirect, "security.accounts.created", form.getEmail());
        return "redirect:/admin/accounts/" + result.accountId();
    }

    private String accountPage(AccountView account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("grantable", List.of(Role.HR, Role.EXECUTIVE, Role.ADMIN));
        return "security/account";
    }
}
