package app.pathwise.careerpath.authoring;

/** The kind of career a path describes: growing as an expert, as a manager, or a general ladder. */
public enum PathTrack {
    SPECIALIST, MANAGEMENT, GENERAL
}
