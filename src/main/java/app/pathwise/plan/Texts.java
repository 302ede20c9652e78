package app.pathwise.plan;

/** Free text from forms: trimmed, and blank counts as absent. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
