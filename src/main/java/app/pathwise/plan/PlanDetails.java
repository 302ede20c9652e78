package app.pathwise.plan;

import java.time.LocalDate;

/** What the employee writes at the head of a plan: its title, period, strengths and development areas. */
public record PlanDetails(String title, LocalDate startsOn, LocalDate endsOn, String strengths,
                          String developmentAreas) {

    public PlanDetails {
        title = Texts.clean(title);
        strengths = Texts.clean(strengths);
        developmentAreas = Texts.clean(developmentAreas);
    }
}
