package app.pathwise.plan;

/**
 * The kind of a development action and where it falls in the 70-20-10 mix: stretch assignments,
 * job rotations and other on-the-job actions are experience; mentoring is learning from others;
 * courses, certifications and self-study are formal learning.
 */
public enum ActionKind {
    COURSE(LearningMode.FORMAL),
    MENTORING(LearningMode.RELATIONSHIPS),
    STRETCH_ASSIGNMENT(LearningMode.EXPERIENCE),
    JOB_ROTATION(LearningMode.EXPERIENCE),
    SELF_STUDY(LearningMode.FORMAL),
    CERTIFICATION(LearningMode.FORMAL),
    OTHER(LearningMode.EXPERIENCE);

    private final LearningMode mode;

    ActionKind(LearningMode mode) {
        this.mode = mode;
    }

    public LearningMode mode() {
        return mode;
    }
}
