package app.pathwise.plan.followup;

import java.time.LocalDate;

/** A career review as typed: texts already trimmed, empty ones null. */
public record ReviewDraft(LocalDate heldOn, ReviewOutcome outcome, Integer readinessBefore, Integer readinessAfter,
                          String summary, String adjustments) {
}
