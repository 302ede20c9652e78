package app.pathwise.objective;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTests {

    @Test
    void datesFollowFromTheYearAndTheNumber() {
        Period q4 = new Period(PeriodKind.QUARTER, 2026, 4);
        assertThat(q4.startsOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q4.endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        Period q1 = new Period(PeriodKind.QUARTER, 2028, 1);
        assertThat(q1.endsOn()).isEqualTo(LocalDate.of(2028, 3, 31));
        Period h1 = new Period(PeriodKind.HALF, 2028, 1);
        assertThat(h1.startsOn()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(h1.endsOn()).isEqualTo(LocalDate.of(2028, 6, 30));
        Period year = new Period(PeriodKind.YEAR, 2027, 1);
        assertThat(year.startsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(year.endsOn()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void codesRoundTripAndNonsenseParsesToNothing() {
        for (Period period : Period.of(2025, 2027)) {
            assertThat(Period.parse(period.code())).isEqualTo(period);
        }
        assertThat(Period.of(2026, 2026)).hasSize(7);
        assertThat(Period.parse("2026-Q4")).isEqualTo(new Period(PeriodKind.QUARTER, 2026, 4));
        assertThat(Period.parse(" 2026 ")).isEqualTo(new Period(PeriodKind.YEAR, 2026, 1));
        for (String nonsense : new String[] {null, "", "2026-Q5", "2026-H3", "2026-Q0", "1999", "2101", "26-Q1",
            "2026-q1", "2026-Y1", "x"}) {
            assertThat(Period.parse(nonsense)).as(nonsense).isNull();
        }
    }

    @Test
    void theQuarterOfADayAndWhichPeriodsCoverWhich() {
        Period quarter = Period.containing(PeriodKind.QUARTER, LocalDate.of(2026, 11, 30));
        assertThat(quarter.code()).isEqualTo("2026-Q4");
        assertThat(Period.containing(PeriodKind.HALF, LocalDate.of(2026, 6, 30)).code()).isEqualTo("2026-H1");
        Period year = Period.parse("2026");
        assertThat(year.covers(quarter)).isTrue();
        assertThat(quarter.covers(year)).isFalse();
        assertThat(Period.parse("2026-H2").covers(quarter)).isTrue();
        assertThat(Period.parse("2026-H1").covers(quarter)).isFalse();
        assertThat(Period.parse("2026-H1").overlaps(year)).isTrue();
        assertThat(Period.parse("2027-Q1").overlaps(year)).isFalse();
        assertThat(quarter.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(quarter.contains(LocalDate.of(2027, 1, 1))).isFalse();
    }
}
