/**
 * Notifications: the in-app inbox ({@code /inbox}) with its unread count in the header, and e-mail
 * copies in the recipient's own language, which each user can turn off on their settings page.
 *
 * <p>Other modules call {@link app.pathwise.notification.Notifier#send} inside their own transaction
 * (the module that sends a kind owns its words: {@code notification.<kind>.title} and
 * {@code .body} in its bundle). A notice with a deduplication key is stored once, e-mail included,
 * which makes scheduled reminders idempotent. {@link app.pathwise.notification.InboxService} is what
 * a reader does with their inbox.
 *
 * <p>E-mail goes through an outbox table written with the notice and sent by a scheduled job over
 * Spring Mail; without {@code spring.mail.host} e-mail is off and nothing is queued.
 *
 * <p>Notices and e-mail rows are not kept for ever: a daily job deletes them once their retention
 * ({@code pathwise.notification.retention.*}) has passed, never a mail still to be sent.
 *
 * <p>Dependencies: only {@code shared}. The security module sends notices (password changed), so
 * this module must not depend on it: the reader is taken from the principal by expression
 * ({@code employeeId()}), and the recipient's address, language and e-mail choice are read with SQL
 * from the {@code account} and {@code employee} tables (read only; the security module owns the
 * {@code account.email_notifications} setting and its page).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = "shared")
package app.pathwise.notification;
