package app.pathwise.careerpath;

/**
 * One cell of the needs map: how many people in the column have the requirement, how many of them are
 * below it, and the required and current proficiency (a person's own, or a department's averages;
 * a missing rating counts as 0). {@code rated}/{@code confirmed} are for a person's cell.
 */
public record NeedsMapCell(int people, int below, double required, double current, boolean rated,
                           boolean confirmed) {

    /** 0 (met) to 3 (far below): a person's gap in levels, or the share of a group below requirement. */
    public int severity() {
        if (people == 0 || below == 0) {
            return 0;
        }
        if (people == 1) {
            return (int) Math.min(3, Math.ceil(required - current));
        }
        double share = below / (double) people;
        return share <= 1 / 3.0 ? 1 : share <= 2 / 3.0 ? 2 : 3;
    }

    public int gap() {
        return (int) Math.max(0, Math.ceil(required - current));
    }
}
