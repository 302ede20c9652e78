package app.pathwise.plan.team;

import app.pathwise.plan.PlanStatus;
import java.util.Locale;

/**
 * Where a person stands in the team view: no plan yet, or the status of their plan (the open one,
 * else the latest).
 */
public enum PlanState {
    NO_PLAN, DRAFT, SUBMITTED, CHANGES_REQUESTED, ACTIVE, COMPLETED, CLOSED;

    /** The state of a person whose latest plan has this status (null: no plan). */
    public static PlanState of(String planStatus) {
        return planStatus == null ? NO_PLAN : valueOf(PlanStatus.valueOf(planStatus).name());
    }

    /** The state in a URL: {@code no-plan}, {@code draft}, {@code submitted}, ... */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The state a URL names, or null for none or an unknown one. */
    public static PlanState parse(String slug) {
        if (slug != null) {
            for (PlanState state : values()) {
                if (state.slug().equalsIgnoreCase(slug.strip())) {
                    return state;
                }
            }
        }
        return null;
    }
}
