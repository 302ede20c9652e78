package app.pathwise.notification;

import java.util.List;
import java.util.Objects;

/**
 * Something a person should know about, addressed to an employee.
 *
 * <p>The text is not stored: {@code notification.<kind>.title} and {@code notification.<kind>.body}
 * are looked up in the recipient's language when the inbox is shown or the e-mail is written, with
 * the arguments as placeholders {0}, {1}... Arguments are strings, numbers or {@link java.time.LocalDate}s
 * (formatted for the reader's language).
 *
 * @param recipientId the employee it is for
 * @param kind a dotted code owned by the sending module, such as {@code plan.submitted}
 * @param arguments the message arguments
 * @param link the page it is about, an application path such as {@code /plans/12}
 * @param dedupKey when not null, a second notice with the same key is ignored (reminders)
 */
public record Notice(long recipientId, String kind, List<Object> arguments, String link, String dedupKey) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
    }

    public static Notice of(long recipientId, String kind, String link, Object... arguments) {
        return new Notice(recipientId, kind, List.of(arguments), link, null);
    }

    /** The same notice, stored at most once for this key. */
    public Notice once(String key) {
        return new Notice(recipientId, kind, arguments, link, key);
    }
}
