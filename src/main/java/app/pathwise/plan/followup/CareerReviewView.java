package app.pathwise.plan.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded career review, with who recorded it. */
public record CareerReviewView(long id, LocalDate heldOn, ReviewOutcome outcome, Integer readinessBefore,
                               Integer readinessAfter, String summary, String adjustments, String recordedByName,
                               Instant createdAt) {

    /** The change in readiness in percentage points, or null unless both are known. */
    public Integer readinessChange() {
        return readinessBefore == null || readinessAfter == null ? null : readinessAfter - readinessBefore;
    }
}
