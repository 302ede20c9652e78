package app.pathwise.plan.followup;

import app.pathwise.shared.LocalizedText;

/**
 * Suggested readiness values for a new review, and where they come from.
 *
 * @param before the readiness the previous plan's review ended with, or null
 * @param after today's readiness for the plan's short-term target level (else the next level), or null
 * @param afterLevel the level {@code after} is for, or null
 */
public record ReadinessHint(Integer before, Integer after, LocalizedText afterLevel) {

    static final ReadinessHint NONE = new ReadinessHint(null, null, null);
}
