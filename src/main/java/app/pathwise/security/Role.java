package app.pathwise.security;

import java.util.Set;

/**
 * What a person may do. EMPLOYEE comes with a linked employee record, MANAGER with having
 * reports; HR, EXECUTIVE and ADMIN are granted by an administrator.
 */
public enum Role {
    EMPLOYEE, MANAGER, HR, EXECUTIVE, ADMIN;

    /** The roles an administrator grants; the others follow from the organisation. */
    public static final Set<Role> GRANTED = Set.of(HR, EXECUTIVE, ADMIN);

    public String authority() {
        return "ROLE_" + name();
    }
}
