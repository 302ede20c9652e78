package app.pathwise.people;

/** Optional; used only in thresholded, aggregated breakdowns. */
public enum Gender {
    FEMALE, MALE, OTHER, UNDISCLOSED
}
