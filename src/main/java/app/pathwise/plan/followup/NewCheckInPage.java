package app.pathwise.plan.followup;

import app.pathwise.objective.KeyResultView;
import app.pathwise.objective.ObjectiveView;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.PlanParty;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /plans/{id}/check-ins/new}: the plan, the check-in this one answers and the date the next
 * would then be due if it is held today, and the employee's active personal objectives, whose key
 * results the check-in may update.
 */
public record NewCheckInPage(PlanParty party, PlanFacts plan, LocalDate dueOn, LocalDate nextIfHeldToday,
                             List<ObjectiveView> objectives) {

    public NewCheckInPage {
        objectives = List.copyOf(objectives);
    }

    /** The key result with this id among the objectives', or null. */
    public KeyResultView keyResult(Long id) {
        return objectives.stream().flatMap(o -> o.keyResults().stream()).filter(k -> id != null && k.id() == id)
            .findFirst().orElse(null);
    }

    /** The title of the objective with this id among the page's, or null. */
    public String objectiveTitle(long objectiveId) {
        return objectives.stream().filter(o -> o.id() == objectiveId).map(ObjectiveView::title).findFirst()
            .orElse(null);
    }

    public CheckInMode[] modes() {
        return CheckInMode.values();
    }

    /** Only the reviewer writes the manager's feedback. */
    public boolean asReviewer() {
        return party.reviewer();
    }
}
