package app.pathwise.careerpath;

/** The years-of-experience requirement: years since the hire date against the level's minimum. */
public record GapYears(int required, int actual) {

    public boolean counts() {
        return required > 0;
    }

    public boolean met() {
        return actual >= required;
    }

    public int gap() {
        return Math.max(0, required - actual);
    }
}
