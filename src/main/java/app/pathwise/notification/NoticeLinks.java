package app.pathwise.notification;

/** Notices link to pages of this application only, so opening one can never redirect elsewhere. */
final class NoticeLinks {

    static final String INBOX = "/inbox";

    private NoticeLinks() {
    }

    /**
     * True for a path such as {@code /plans/12?tab=actions}: it starts with one slash and holds no
     * backslash, whitespace, control character or brace, so browsers cannot read it as another host
     * ({@code //evil.example}, {@code /\evil.example}) and a redirect takes it as it is.
     */
    static boolean isApplicationPath(String link) {
        if (link == null || link.length() > 500 || !link.startsWith("/") || link.startsWith("//")) {
            return false;
        }
        return link.chars().noneMatch(c -> c == '\\' || c == '{' || c == '}' || Character.isWhitespace(c)
            || Character.isISOControl(c));
    }

    /** Where opening a notice leads: its own link, or the inbox when it has none (or a bad one). */
    static String target(String link) {
        return isApplicationPath(link) ? link : INBOX;
    }
}
