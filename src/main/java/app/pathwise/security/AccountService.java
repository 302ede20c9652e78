package app.pathwise.security;

import app.pathwise.notification.Notice;
import app.pathwise.notification.Notifier;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import app.pathwise.shared.audit.AuditedChange;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What users do with their own account, and what administrators do with everyone's. */
@Service
public class AccountService {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final EmployeeDirectory directory;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Notifier notifier;
    private final Clock clock;

    AccountService(Accounts accounts, PasswordEncoder encoder, PasswordPolicy policy, EmployeeDirectory directory,
                   JdbcTemplate jdbc, ApplicationEventPublisher events, Notifier notifier, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Transactional
    void recordSignIn(long accountId) {
        jdbc.update("update account set last_sign_in_at = ? where id = ?", Timestamp.from(clock.instant()), accountId);
    }

    /**
     * Changes the signed-in user's password after checking the current one and the policy, and tells
     * them (inbox and e-mail), so a change they did not make does not go unnoticed.
     */
    @Transactional
    public Optional<AccountProblem> changeOwnPassword(PathwiseUser user, String currentPassword, String newPassword) {
        Account account = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            return Optional.of(new AccountProblem("currentPassword", "security.password.current-wrong"));
        }
        Optional<String> violation = policy.violation(newPassword, account.getEmail());
        if (violation.isPresent()) {
            return Optional.of(new AccountProblem("newPassword", violation.get()));
        }
        account.changePassword(encoder.encode(newPassword));
        events.publishEvent(new AuditedChange("account.password-changed", "account", account.getId(), "by the user"));
        if (account.getEmployeeId() != null) {
            notifier.send(Notice.of(account.getEmployeeId(), "account.password-changed", "/settings",
                LocalDate.now(clock)));
        }
        return Optional.empty();
    }

    /** Stores the user's language and switches their session to it. */
    @Transactional
    public void changeOwnLanguage(PathwiseUser user, String language) {
        if (!UserLocaleResolver.isSupported(language)) {
            throw new IllegalArgumentException("unsupported language");
        }
        Account account = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        account.changeLanguage(language);
        user.changeLanguage(language);
        events.publishEvent(new AuditedChange("account.language-changed", "account", account.getId(), language));
    }

    /** Whether the signed-in user gets e-mail copies of their notices. */
    @Transactional(readOnly = true)
    public boolean wantsEmailNotifications(PathwiseUser user) {
        return !jdbc.queryForList("select email_notifications from account where id = ?", Boolean.class,
            user.accountId()).contains(Boolean.FALSE);
    }

    /** Turns the e-mail copies of the signed-in user's notices on or off; the inbox keeps them all. */
    @Transactional
    public void changeOwnEmailNotifications(PathwiseUser user, boolean wanted) {
        Account account = accounts.findById(user.accountId()).orElseThrow(NotFoundException::new);
        account.receiveEmailNotifications(wanted);
        events.publishEvent(new AuditedChange("account.email-notifications-changed", "account", account.getId(),
            wanted ? "on" : "off"));
    }

    @Transactional(readOnly = true)
    public PageView<AccountView> listAccounts(String query, int page, int size) {
        String like = "%" + (query == null ? "" : query.strip().toLowerCase()) + "%";
        long total = jdbc.queryForObject("select count(*) from account where lower(email) like ?", Long.class, like);
        List<AccountView> rows = jdbc.query("""
            select a.id, a.version, a.email, a.employee_id, a.enabled, a.language, a.last_sign_in_at,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles
              from account a left join account_role r on r.account_id = a.id
             where lower(a.email) like ?
             group by a.id order by lower(a.email) limit ? offset ?
            """, (rs, n) -> new AccountView(rs.getLong("id"), rs.getLong("version"), rs.getString("email"),
            (Long) rs.getObject("employee_id"), null, parseRoles(rs.getString("roles")), rs.getBoolean("enabled"),
            rs.getString("language"), rs.getTimestamp("last_sign_in_at") == null ? null
            : rs.getTimestamp("last_sign_in_at").toInstant()), like, size, (long) page * size);
        Map<Long, String> names = directory.names(rows.stream().map(AccountView::employeeId)
            .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return new PageView<>(rows.stream().map(row -> withName(row, names.get(row.employeeId()))).toList(),
            page, size, total);
    }

    @Transactional(readOnly = true)
    public AccountView findAccount(long id) {
        Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
        String name = account.getEmployeeId() == null ? null
            : directory.find(account.getEmployeeId()).map(EmployeeDirectory.Person::fullName).orElse(null);
        return view(account, name);
    }

    /** Grants exactly the given roles (of HR, EXECUTIVE, ADMIN) and enables or disables the account. */
    @Transactional
    public void updateAccess(PathwiseUser admin, long id, long expectedVersion, Set<Role> granted, boolean enabled) {
        Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Account.class, id);
        }
        if (account.getId() == admin.accountId() && (!granted.contains(Role.ADMIN) || !enabled)) {
            throw new SelfLockoutException();
        }
        Set<Role> before = account.getRoles();
        account.grantOnly(granted);
        account.enable(enabled);
        events.publishEvent(new AuditedChange("account.access-changed", "account", id,
            "roles " + before + " -> " + account.getRoles() + ", enabled=" + enabled));
    }

    /** Creates an account for an employee (or none), with a first password that meets the policy. */
    @Transactional
    public Result createAccount(String email, Long employeeId, String password, String language) {
        if (accounts.findByEmail(email).isPresent()) {
            return Result.problem(new AccountProblem("email", "security.account.email-taken"));
        }
        if (employeeId != null && (directory.find(employeeId).isEmpty() || accounts.findByEmployeeId(employeeId).isPresent())) {
            return Result.problem(new AccountProblem("employeeId", "security.account.employee-unavailable"));
        }
        Optional<String> violation = policy.violation(password, email);
        if (violation.isPresent()) {
            return Result.problem(new AccountProblem("password", violation.get()));
        }
        Account account = accounts.save(new Account(email, encoder.encode(password), employeeId,
            UserLocaleResolver.isSupported(language) ? language : "en"));
        events.publishEvent(new AuditedChange("account.created", "account", account.getId(), email));
        return new Result(account.getId(), null);
    }

    /** Sets a new password for someone else's account, as an administrator. */
    @Transactional
    public Optional<AccountProblem> resetPassword(long id, String password) {
        Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
        Optional<String> violation = policy.violation(password, account.getEmail());
        if (violation.isPresent()) {
            return Optional.of(new AccountProblem("password", violation.get()));
        }
        account.changePassword(encoder.encode(password));
        events.publishEvent(new AuditedChange("account.password-reset", "account", id, "by an administrator"));
        return Optional.empty();
    }

    private static AccountView view(Account account, String employeeName) {
        return new AccountView(account.getId(), account.getVersion(), account.getEmail(), account.getEmployeeId(),
            employeeName, account.getRoles(), account.isEnabled(), account.getLanguage(), account.getLastSignInAt());
    }

    private static AccountView withName(AccountView row, String name) {
        return new AccountView(row.id(), row.version(), row.email(), row.employeeId(), name, row.grantedRoles(),
            row.enabled(), row.language(), row.lastSignInAt());
    }

    private static Set<Role> parseRoles(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        if (!roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(parsed::add);
        }
        return parsed;
    }

    /** The new account's id, or the problem that stopped it. */
    public record Result(Long accountId, AccountProblem problem) {
        static Result problem(AccountProblem problem) {
            return new Result(null, problem);
        }
    }

    /** An administrator may not remove their own administration right or disable themselves. */
    public static class SelfLockoutException extends RuntimeException {
        SelfLockoutException() {
            super("self lockout");
        }
    }
}
