package app.pathwise.plan.followup;

import app.pathwise.plan.PlanParty;
import app.pathwise.shared.PageView;

/** {@code /plans/{id}/comments}: every comment on the plan, newest first. */
public record CommentsPage(PlanParty party, PlanFacts plan, PageView<CommentView> comments) {

    public boolean mayComment() {
        return party.mayComment();
    }
}
