package app.pathwise.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers in the reader's language, for templates: {@code ${@fmt.date(d)}}. The formats
 * are built once per language (looking up a locale's patterns costs more than formatting); number
 * formats are not thread-safe, so each call formats on a copy.
 */
@Component("fmt")
public class Formats {

    private final ZoneId zone = ZoneId.systemDefault();
    private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();
    private final Map<Locale, NumberFormat> numbers = new ConcurrentHashMap<>();
    private final Map<Locale, NumberFormat> percents = new ConcurrentHashMap<>();

    public String date(LocalDate date) {
        return date == null ? "" : dates.computeIfAbsent(locale(),
            locale -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimes.computeIfAbsent(locale(),
            locale -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale))
            .format(instant.atZone(zone));
    }

    public String number(Number number) {
        return number == null ? "" : copy(numbers, NumberFormat::getNumberInstance).format(number);
    }

    public String percent(Double ratio) {
        return ratio == null ? "" : copy(percents, NumberFormat::getPercentInstance).format(ratio);
    }

    private static NumberFormat copy(Map<Locale, NumberFormat> formats,
                                     java.util.function.Function<Locale, NumberFormat> create) {
        return (NumberFormat) formats.computeIfAbsent(locale(), create).clone();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
