package app.pathwise.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After sign-in: remember when, and switch the session to the user's language. */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AccountService accounts;

    SignInSuccessHandler(AccountService accounts) {
        this.accounts = accounts;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof PathwiseUser user) {
            accounts.recordSignIn(user.accountId());
            UserLocaleResolver.rememberLanguage(request, user.language());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
