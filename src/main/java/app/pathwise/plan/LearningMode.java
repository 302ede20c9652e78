package app.pathwise.plan;

/**
 * The three ways people learn in the 70-20-10 idea: about 70% from experience on the job, 20% from
 * other people and 10% from formal learning. {@link #share()} is that guideline in percent.
 */
public enum LearningMode {
    EXPERIENCE(70), RELATIONSHIPS(20), FORMAL(10);

    private final int share;

    LearningMode(int share) {
        this.share = share;
    }

    /** The guideline share in percent (70, 20 or 10). */
    public int share() {
        return share;
    }
}
