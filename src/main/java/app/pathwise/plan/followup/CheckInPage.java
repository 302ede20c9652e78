package app.pathwise.plan.followup;

import app.pathwise.objective.KeyResultUpdateView;
import app.pathwise.plan.PlanParty;
import java.util.List;

/**
 * {@code /plans/{id}/check-ins/{checkInId}}: one check-in, the key-result values recorded in it, the
 * comments about it and what the reader may do.
 */
public record CheckInPage(PlanParty party, PlanFacts plan, CheckInView checkIn,
                          List<KeyResultUpdateView> keyResultUpdates, List<CommentView> comments) {

    public CheckInPage {
        keyResultUpdates = List.copyOf(keyResultUpdates);
        comments = List.copyOf(comments);
    }

    public boolean mayGiveFeedback() {
        return party.reviewer() && CheckInService.feedbackOpen(party);
    }

    public boolean mayComment() {
        return party.mayComment();
    }
}
