package app.pathwise.careerpath.authoring;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import java.util.EnumSet;
import java.util.List;

/** Signed-in users for authoring tests, each with its own account id (approval checks who submitted). */
final class AuthoringUsers {

    static final PathwiseUser HR = user(-101, Role.HR);
    static final PathwiseUser OTHER_HR = user(-102, Role.HR);
    static final PathwiseUser EXECUTIVE = user(-201, Role.EXECUTIVE);
    static final PathwiseUser EMPLOYEE = user(-301, Role.EMPLOYEE);
    static final PathwiseUser MANAGER = user(-302, Role.EMPLOYEE, Role.MANAGER);
    static final PathwiseUser ADMIN = user(-401, Role.ADMIN);

    private AuthoringUsers() {
    }

    static PathwiseUser user(long accountId, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        return new PathwiseUser(accountId, null, "authoring" + -accountId + "@test.example.com", "Authoring " + -accountId,
            set, "en", "", true);
    }
}
