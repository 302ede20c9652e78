package app.pathwise.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, kept in the session: account, linked employee, roles and language. */
public final class PathwiseUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final Long employeeId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private String language;
    private String passwordHash;

    public PathwiseUser(long accountId, Long employeeId, String email, String displayName, Set<Role> roles,
                        String language, String passwordHash, boolean enabled) {
        this.accountId = accountId;
        this.employeeId = employeeId;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.language = language;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public long accountId() {
        return accountId;
    }

    /** The linked employee, or null for an account without one. */
    public Long employeeId() {
        return employeeId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String language() {
        return language;
    }

    void changeLanguage(String language) {
        this.language = language;
    }

    public boolean isSelf(long otherEmployeeId) {
        return employeeId != null && employeeId == otherEmployeeId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        this.passwordHash = null;
    }
}
