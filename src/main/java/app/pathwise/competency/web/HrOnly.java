package app.pathwise.competency.web;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * HR writes the framework. Executives may open the framework pages (they approve paths) but every
 * change they try is refused with 403.
 */
final class HrOnly {

    private HrOnly() {
    }

    static boolean canEdit(PathwiseUser user) {
        return user != null && user.has(Role.HR);
    }

    static void require(PathwiseUser user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("the competency framework is written by HR");
        }
    }
}
