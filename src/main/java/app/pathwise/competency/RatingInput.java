package app.pathwise.competency;

/**
 * One rating as a form submits it: the competency, the level on the scale, optional evidence (text
 * or a link) and an optional comment (a manager's reason for differing).
 */
public record RatingInput(long competencyId, int level, String evidence, String comment) {

    public RatingInput {
        evidence = trimmed(evidence, 2000);
        comment = trimmed(comment, 2000);
    }

    private static String trimmed(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
