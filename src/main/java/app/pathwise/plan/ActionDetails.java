package app.pathwise.plan;

import java.time.LocalDate;

/** A development action as planned: kind, title, description, the gap it closes (optional), due date. */
public record ActionDetails(ActionKind kind, String title, String description, Long gapId, LocalDate dueOn) {

    public ActionDetails {
        title = Texts.clean(title);
        description = Texts.clean(description);
    }
}
