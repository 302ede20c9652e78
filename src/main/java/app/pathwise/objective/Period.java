package app.pathwise.objective;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter, a half or a year of the calendar, such as the fourth quarter of 2026 (code
 * {@code 2026-Q4}), its second half ({@code 2026-H2}) or the year ({@code 2026}). Its dates follow from
 * the year and number, so an end is always after the start.
 */
public record Period(PeriodKind kind, int year, int number) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-([QH])([1-4]))?");
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public Period {
        Objects.requireNonNull(kind, "kind");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(kind + " " + number + " does not exist");
        }
    }

    /** The period of this kind that contains the day. */
    public static Period containing(PeriodKind kind, LocalDate day) {
        return new Period(kind, day.getYear(), (day.getMonthValue() - 1) / kind.months() + 1);
    }

    /** The period a code names ({@code 2026-Q4}, {@code 2026-H2}, {@code 2026}), or null for anything else. */
    public static Period parse(String code) {
        if (code == null) {
            return null;
        }
        Matcher matcher = CODE.matcher(code.strip());
        if (!matcher.matches()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        PeriodKind kind = matcher.group(2) == null ? PeriodKind.YEAR
            : matcher.group(2).equals("Q") ? PeriodKind.QUARTER : PeriodKind.HALF;
        int number = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
        if (year < MIN_YEAR || year > MAX_YEAR || number > kind.perYear()) {
            return null;
        }
        return new Period(kind, year, number);
    }

    /** Every quarter, half and year of the given years, in the order a picker lists them. */
    public static List<Period> of(int fromYear, int toYear) {
        List<Period> periods = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            for (PeriodKind kind : List.of(PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR)) {
                for (int number = 1; number <= kind.perYear(); number++) {
                    periods.add(new Period(kind, year, number));
                }
            }
        }
        return periods;
    }

    public LocalDate startsOn() {
        return LocalDate.of(year, (number - 1) * kind.months() + 1, 1);
    }

    public LocalDate endsOn() {
        return startsOn().plusMonths(kind.months()).minusDays(1);
    }

    public String code() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    /** The year as text, for messages (a number argument would get a thousands separator). */
    public String yearText() {
        return String.valueOf(year);
    }

    /** Whether this period includes every day of the other. */
    public boolean covers(Period other) {
        return !startsOn().isAfter(other.startsOn()) && !endsOn().isBefore(other.endsOn());
    }

    /** Whether the two periods share a day. */
    public boolean overlaps(Period other) {
        return !startsOn().isAfter(other.endsOn()) && !endsOn().isBefore(other.startsOn());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn()) && !day.isAfter(endsOn());
    }

    @Override
    public String toString() {
        return code();
    }
}
