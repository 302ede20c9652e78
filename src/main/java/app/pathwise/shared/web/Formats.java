package app.pathwise.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and numbers in the reader's language, for templates: {@code ${@fmt.date(d)}}. */
@Component("fmt")
public class Formats {

    private final ZoneId zone = ZoneId.systemDefault();

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale()).format(instant.atZone(zone));
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getNumberInstance(locale()).format(number);
    }

    public String percent(Double ratio) {
        return ratio == null ? "" : NumberFormat.getPercentInstance(locale()).format(ratio);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
