package app.pathwise.plan.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How {@link PlanReminders} works ({@code pathwise.reminders.*}; the schedule itself is
 * {@code pathwise.reminders.cron}).
 *
 * @param dueInDays how many days ahead a check-in or report is announced
 * @param lookbackDays how far back the job still catches what fell due or overdue (when a run was
 *     missed); each reminder is still sent only once
 * @param batchSize how many candidates one statement and one transaction handle
 */
@ConfigurationProperties("pathwise.reminders")
public record ReminderSettings(@DefaultValue("3") int dueInDays, @DefaultValue("7") int lookbackDays,
                               @DefaultValue("500") int batchSize) {
}
