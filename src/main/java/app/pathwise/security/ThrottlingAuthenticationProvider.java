package app.pathwise.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Asks the throttle before checking a password, and tells it how each attempt went. */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName() == null ? "" : authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (throttle.waitBefore(email, address).isPresent()) {
            throw new SignInThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.record(email, address, true);
            return result;
        } catch (AuthenticationException e) {
            throttle.record(email, address, false);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static class SignInThrottledException extends AuthenticationException {
        SignInThrottledException() {
            super("too many attempts");
        }
    }
}
