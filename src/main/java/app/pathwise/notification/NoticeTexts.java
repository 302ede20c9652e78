package app.pathwise.notification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words of a notice in one language: {@code notification.<kind>.title} and {@code .body} from
 * the message bundles, with the stored arguments (dates and numbers formatted for that language).
 * A kind whose keys are missing reads as a general "something changed" notice rather than failing.
 */
@Component
class NoticeTexts {

    static final String UNKNOWN_TITLE = "notification.unknown.title";
    static final String UNKNOWN_BODY = "notification.unknown.body";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    Text render(String kind, String arguments, Locale locale) {
        Object[] args = decode(arguments, locale);
        String title = messages.getMessage(key(kind, "title"), args, null, locale);
        String body = messages.getMessage(key(kind, "body"), args, null, locale);
        if (title == null) {
            return new Text(messages.getMessage(UNKNOWN_TITLE, null, locale),
                messages.getMessage(UNKNOWN_BODY, null, locale));
        }
        return new Text(title, body == null ? "" : body);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String key(String kind, String part) {
        return "notification." + kind + "." + part;
    }

    /** Reverses {@link InboxNotifier#encode}: strings stay, numbers become numbers, dates are formatted. */
    static Object[] decode(String arguments, Locale locale) {
        if (arguments == null || arguments.isBlank()) {
            return new Object[0];
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Object> decoded = new ArrayList<>();
        for (JsonNode argument : JSON.readTree(arguments)) {
            if (argument.has("d")) {
                decoded.add(dates.format(LocalDate.parse(argument.get("d").asString())));
            }
            else if (argument.has("n")) {
                decoded.add(new BigDecimal(argument.get("n").asString()));
            }
            else {
                decoded.add(argument.path("s").asString(""));
            }
        }
        return decoded.toArray();
    }

    /** A notice's title and body in one language. */
    record Text(String title, String body) {
    }
}
