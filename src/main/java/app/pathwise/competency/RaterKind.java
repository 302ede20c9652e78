package app.pathwise.competency;

/** Who gave a rating: the person themself or someone in their management line. */
public enum RaterKind {
    SELF, MANAGER
}
