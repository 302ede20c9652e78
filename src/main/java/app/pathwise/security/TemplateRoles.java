package app.pathwise.security;

import java.util.Collection;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may see, read once per page for the templates:
 * {@code th:with="userRoles=${@roles.current()}"}, then {@code th:if="${userRoles.hr or userRoles.admin}"}. The same
 * answers as {@code sec:authorize="isAuthenticated()"} and {@code hasRole(...)}, which parse their
 * expression and build an evaluation context each time; the layout asked sixteen of them per page.
 */
@Component("roles")
public class TemplateRoles {

    private static final Held NONE = new Held(false, false, false, false, false, false);

    public Held current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
            || !authentication.isAuthenticated()) {
            return NONE;
        }
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        return new Held(true, has(authorities, Role.EMPLOYEE), has(authorities, Role.MANAGER),
            has(authorities, Role.HR), has(authorities, Role.EXECUTIVE), has(authorities, Role.ADMIN));
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, Role role) {
        String wanted = role.authority();
        for (GrantedAuthority authority : authorities) {
            if (wanted.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /** The answers for one request. */
    public static final class Held {

        private final boolean signedIn;
        private final boolean employee;
        private final boolean manager;
        private final boolean hr;
        private final boolean executive;
        private final boolean admin;

        Held(boolean signedIn, boolean employee, boolean manager, boolean hr, boolean executive, boolean admin) {
            this.signedIn = signedIn;
            this.employee = employee;
            this.manager = manager;
            this.hr = hr;
            this.executive = executive;
            this.admin = admin;
        }

        public boolean isSignedIn() {
            return signedIn;
        }

        public boolean isEmployee() {
            return employee;
        }

        public boolean isManager() {
            return manager;
        }

        public boolean isHr() {
            return hr;
        }

        public boolean isExecutive() {
            return executive;
        }

        public boolean isAdmin() {
            return admin;
        }

        /** The answers as bits, one per answer: equal bits, equal navigation. */
        int bits() {
            return (signedIn ? 1 : 0) | (employee ? 2 : 0) | (manager ? 4 : 0) | (hr ? 8 : 0) | (executive ? 16 : 0)
                | (admin ? 32 : 0);
        }
    }
}
