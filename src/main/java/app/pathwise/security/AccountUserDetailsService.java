package app.pathwise.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the signed-in user from the account and the organisation: EMPLOYEE and MANAGER follow from it. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final EmployeeDirectory directory;

    AccountUserDetailsService(Accounts accounts, EmployeeDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public PathwiseUser loadUserByUsername(String email) {
        Account account = accounts.findByEmail(email.strip())
            .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return toUser(account);
    }

    PathwiseUser toUser(Account account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        String displayName = account.getEmail();
        boolean enabled = account.isEnabled();
        if (account.getEmployeeId() != null) {
            var person = directory.find(account.getEmployeeId());
            enabled = enabled && person.map(EmployeeDirectory.Person::active).orElse(false);
            if (person.isPresent()) {
                displayName = person.get().fullName();
                roles.add(Role.EMPLOYEE);
                if (directory.hasReports(account.getEmployeeId())) {
                    roles.add(Role.MANAGER);
                }
            }
        }
        return new PathwiseUser(account.getId(), account.getEmployeeId(), account.getEmail(), displayName, roles,
            account.getLanguage(), account.getPasswordHash(), enabled);
    }
}
