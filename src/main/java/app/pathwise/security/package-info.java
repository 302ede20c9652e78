/**
 * Accounts, roles and sign-in (with throttling), the signed-in user, the language setting, and
 * the access policy every module asks "may this user see or act on this employee's data". The
 * organisation itself is reached through the {@link app.pathwise.security.EmployeeDirectory}
 * port, which the people module implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package app.pathwise.security;
