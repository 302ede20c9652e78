package app.pathwise.careerpath.web.authoring;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Separation of duties in path authoring: HR writes and publishes, executives approve or send
 * back. The URL rule lets both into {@code /framework/**}; each action asks for its role here and
 * answers 403 otherwise.
 */
final class Roles {

    private Roles() {
    }

    static boolean isHr(PathwiseUser user) {
        return user.has(Role.HR);
    }

    static boolean isExecutive(PathwiseUser user) {
        return user.has(Role.EXECUTIVE);
    }

    static void requireHr(PathwiseUser user) {
        if (!isHr(user)) {
            throw new AccessDeniedException("HR only");
        }
    }

    static void requireExecutive(PathwiseUser user) {
        if (!isExecutive(user)) {
            throw new AccessDeniedException("executives only");
        }
    }

    /** Reading authoring pages: HR and executives (the URL rule says so too). */
    static void requireReader(PathwiseUser user) {
        if (!isHr(user) && !isExecutive(user)) {
            throw new AccessDeniedException("HR and executives only");
        }
    }
}
