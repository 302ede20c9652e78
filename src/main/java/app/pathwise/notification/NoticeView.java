package app.pathwise.notification;

import java.time.Instant;

/**
 * A notice as its reader sees it, in their language.
 *
 * @param id the notice
 * @param title its title
 * @param body its text
 * @param hasLink whether opening it leads to a page of its own
 * @param createdAt when it was sent
 * @param read whether the reader has opened it (or marked everything read)
 */
public record NoticeView(long id, String title, String body, boolean hasLink, Instant createdAt, boolean read) {
}
