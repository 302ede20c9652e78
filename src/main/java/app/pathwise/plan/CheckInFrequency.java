package app.pathwise.plan;

import java.time.LocalDate;

/** How often the employee and their manager check in, agreed when the plan is approved. */
public enum CheckInFrequency {
    BIWEEKLY, MONTHLY, QUARTERLY;

    /** The check-in after one due (or held) on the given date. */
    public LocalDate after(LocalDate date) {
        return switch (this) {
            case BIWEEKLY -> date.plusWeeks(2);
            case MONTHLY -> date.plusMonths(1);
            case QUARTERLY -> date.plusMonths(3);
        };
    }
}
