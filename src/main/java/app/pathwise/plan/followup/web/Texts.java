package app.pathwise.plan.followup.web;

/** Typed text as stored: trimmed, and empty means none. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
