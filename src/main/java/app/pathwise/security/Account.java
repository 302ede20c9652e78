package app.pathwise.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A sign-in account, usually linked to an employee. Holds only the roles an admin grants. */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String email;
    private String passwordHash;
    private Long employeeId;
    private boolean enabled = true;
    private String language = "en";
    private boolean emailNotifications = true;
    private Instant lastSignInAt;
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    Account(String email, String passwordHash, Long employeeId, String language) {
        this.email = email.strip();
        this.passwordHash = passwordHash;
        this.employeeId = employeeId;
        this.language = language;
    }

    void grantOnly(Set<Role> granted) {
        Set<Role> kept = EnumSet.noneOf(Role.class);
        granted.stream().filter(Role.GRANTED::contains).forEach(kept::add);
        roles.retainAll(kept);
        roles.addAll(kept);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void changeLanguage(String language) {
        this.language = language;
    }

    void receiveEmailNotifications(boolean wanted) {
        this.emailNotifications = wanted;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    void linkEmployee(Long employeeId) {
        this.employeeId = employeeId;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    boolean isEnabled() {
        return enabled;
    }

    String getLanguage() {
        return language;
    }

    boolean wantsEmailNotifications() {
        return emailNotifications;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }
}
