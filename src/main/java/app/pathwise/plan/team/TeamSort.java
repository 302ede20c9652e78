package app.pathwise.plan.team;

import java.util.Locale;

/** How the team view orders people; each has the direction a manager most often wants first. */
public enum TeamSort {
    NAME(false), STATUS(false), PROGRESS(false), NEXT_CHECK_IN(false), LAST_ACTIVITY(true);

    private final boolean descendingByDefault;

    TeamSort(boolean descendingByDefault) {
        this.descendingByDefault = descendingByDefault;
    }

    public boolean descendingByDefault() {
        return descendingByDefault;
    }

    /** The sort in a URL: {@code name}, {@code status}, {@code progress}, {@code next-check-in}, {@code last-activity}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The sort a URL names; by name when none or an unknown one is given. */
    public static TeamSort parse(String slug) {
        if (slug != null) {
            for (TeamSort sort : values()) {
                if (sort.slug().equalsIgnoreCase(slug.strip())) {
                    return sort;
                }
            }
        }
        return NAME;
    }
}
