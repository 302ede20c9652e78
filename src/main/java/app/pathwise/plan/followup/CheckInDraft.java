package app.pathwise.plan.followup;

import app.pathwise.plan.CheckInMode;
import java.time.LocalDate;

/** A check-in as typed: texts already trimmed, empty ones null. */
public record CheckInDraft(LocalDate heldOn, CheckInMode mode, String progressSummary, String obstacles,
                           String supportNeeded, String nextSteps, String managerFeedback) {
}
