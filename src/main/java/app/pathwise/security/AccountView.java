package app.pathwise.security;

import java.time.Instant;
import java.util.Set;

/** An account as the admin pages show it. */
public record AccountView(long id, long version, String email, Long employeeId, String employeeName,
                          Set<Role> grantedRoles, boolean enabled, String language, Instant lastSignInAt) {
}
