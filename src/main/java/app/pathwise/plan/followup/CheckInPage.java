package app.pathwise.plan.followup;

import app.pathwise.plan.PlanParty;
import java.util.List;

/** {@code /plans/{id}/check-ins/{checkInId}}: one check-in, the comments about it and what the reader may do. */
public record CheckInPage(PlanParty party, PlanFacts plan, CheckInView checkIn, List<CommentView> comments) {

    public boolean mayGiveFeedback() {
        return party.reviewer() && CheckInService.feedbackOpen(party);
    }

    public boolean mayComment() {
        return party.mayComment();
    }
}
