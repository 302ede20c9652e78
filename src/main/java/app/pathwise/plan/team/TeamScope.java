package app.pathwise.plan.team;

import java.util.Locale;

/**
 * Whose plans the team view lists: a manager's direct reports (with the people whose plans they
 * decide while their own manager is away), the manager's whole reporting line, or, for HR, everyone
 * whose direct manager is missing (none, on leave or gone), whose plans HR may decide.
 */
public enum TeamScope {
    TEAM, LINE, UNMANAGED;

    /** The scope in a URL: {@code team}, {@code line}, {@code unmanaged}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope a URL names, or null for none or an unknown one. */
    public static TeamScope parse(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        for (TeamScope scope : values()) {
            if (scope.slug().equalsIgnoreCase(slug.strip())) {
                return scope;
            }
        }
        return null;
    }
}
