package app.pathwise.plan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.plan.CheckInFrequency;
import app.pathwise.plan.CheckInMode;
import app.pathwise.plan.PlanStatus;
import app.pathwise.plan.ReportFrequency;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reporting periods of a plan and the check-in rhythm's arithmetic. */
class ReportPeriodsTests {

    @Test
    void monthlyPeriodsAreCountedFromTheStartAndKeepItsDay() {
        List<ReportPeriod> periods = ReportPeriods.all(LocalDate.of(2031, 1, 31), LocalDate.of(2031, 6, 15),
            ReportFrequency.MONTHLY);
        assertThat(periods).containsExactly(
            new ReportPeriod(1, LocalDate.of(2031, 1, 31), LocalDate.of(2031, 2, 27)),
            new ReportPeriod(2, LocalDate.of(2031, 2, 28), LocalDate.of(2031, 3, 30)),
            new ReportPeriod(3, LocalDate.of(2031, 3, 31), LocalDate.of(2031, 4, 29)),
            new ReportPeriod(4, LocalDate.of(2031, 4, 30), LocalDate.of(2031, 5, 30)),
            new ReportPeriod(5, LocalDate.of(2031, 5, 31), LocalDate.of(2031, 6, 15)));
    }

    @Test
    void quarterlyPeriodsEndWithThePlan() {
        List<ReportPeriod> periods = ReportPeriods.all(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31),
            ReportFrequency.QUARTERLY);
        assertThat(periods).extracting(ReportPeriod::end).containsExactly(LocalDate.of(2031, 3, 31),
            LocalDate.of(2031, 6, 30), LocalDate.of(2031, 9, 30), LocalDate.of(2031, 12, 31));
        assertThat(ReportPeriods.all(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), null)).isEmpty();
    }

    @Test
    void reportsAreExpectedForPeriodsThatStartedAndEndOnceThePlanIsActive() {
        PlanFacts plan = new PlanFacts(1, "Plan", 2, "Someone", PlanStatus.ACTIVE, LocalDate.of(2031, 1, 1),
            LocalDate.of(2031, 12, 31), CheckInFrequency.MONTHLY, CheckInMode.MEETING, LocalDate.of(2031, 2, 1),
            LocalDate.of(2031, 2, 1), ReportFrequency.MONTHLY, LocalDate.of(2031, 2, 10), null, null);
        assertThat(ReportPeriods.expected(plan, LocalDate.of(2031, 4, 5))).extracting(ReportPeriod::number)
            .containsExactly(2, 3, 4);
        assertThat(ReportQueries.missing(plan, LocalDate.of(2031, 4, 5), List.of(LocalDate.of(2031, 3, 1))))
            .isEqualTo(1);
    }

    @Test
    void aCheckInMovesTheScheduleOnFromItsDueDateSkippingWhatWasMissed() {
        LocalDate due = LocalDate.of(2031, 3, 10);
        assertThat(CheckInSchedule.next(CheckInFrequency.MONTHLY, due, LocalDate.of(2031, 3, 20)))
            .isEqualTo(LocalDate.of(2031, 4, 10));
        assertThat(CheckInSchedule.next(CheckInFrequency.MONTHLY, due, LocalDate.of(2031, 3, 1)))
            .isEqualTo(LocalDate.of(2031, 4, 10));
        assertThat(CheckInSchedule.next(CheckInFrequency.QUARTERLY, due, LocalDate.of(2031, 9, 10)))
            .isEqualTo(LocalDate.of(2031, 12, 10));
        assertThat(CheckInSchedule.next(CheckInFrequency.BIWEEKLY, due, LocalDate.of(2031, 3, 24)))
            .isEqualTo(LocalDate.of(2031, 4, 7));
    }
}
