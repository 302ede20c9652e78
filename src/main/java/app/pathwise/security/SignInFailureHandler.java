package app.pathwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * One answer for an unknown e-mail, a wrong password or a disabled account; a second one only
 * when attempts are throttled, which is decided per e-mail text and so tells nothing either.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target = exception instanceof ThrottlingAuthenticationProvider.SignInThrottledException
            ? "/login?throttled" : "/login?error";
        redirect.sendRedirect(request, response, target);
    }
}
