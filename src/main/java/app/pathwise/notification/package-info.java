/**
 * Notifications: the in-app inbox with its unread count, e-mail to the recipient in their own
 * language (turned off per user), and the outbox that sends it. Other modules call
 * {@link app.pathwise.notification.Notifier} inside their own transaction; a notice with a
 * deduplication key is stored once, which makes scheduled reminders idempotent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package app.pathwise.notification;
