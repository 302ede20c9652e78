package app.pathwise.objective;

/** How long an objective's period is: a quarter, a half or a whole calendar year. */
public enum PeriodKind {
    QUARTER(3), HALF(6), YEAR(12);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    /** The length of one period of this kind, in months. */
    public int months() {
        return months;
    }

    /** How many periods of this kind a year has. */
    public int perYear() {
        return 12 / months;
    }
}
