package app.pathwise.careerpath.authoring;

/**
 * The organisation's guidance for the shape of a path: three to five levels. HR is warned when a
 * path falls outside it, never stopped.
 */
public final class PathGuidance {

    public static final int MIN_LEVELS = 3;
    public static final int MAX_LEVELS = 5;

    private PathGuidance() {
    }

    public static boolean outside(int levels) {
        return levels < MIN_LEVELS || levels > MAX_LEVELS;
    }
}
