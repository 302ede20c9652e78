package app.pathwise.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A text HR writes in up to three languages (names and descriptions of competencies, paths,
 * levels). Readers get their language, else English, else whichever exists.
 */
public record LocalizedText(String en, String vi, String zh) {

    public static final LocalizedText EMPTY = new LocalizedText(null, null, null);

    public LocalizedText {
        en = blankToNull(en);
        vi = blankToNull(vi);
        zh = blankToNull(zh);
    }

    /** Reads columns {@code <prefix>_en}, {@code <prefix>_vi} and {@code <prefix>_zh}. */
    public static LocalizedText from(ResultSet rs, String prefix) throws SQLException {
        return new LocalizedText(rs.getString(prefix + "_en"), rs.getString(prefix + "_vi"), rs.getString(prefix + "_zh"));
    }

    /** The text in the given language, falling back to English, then Vietnamese, then Chinese. */
    public String in(Locale locale) {
        String wanted = switch (locale.getLanguage()) {
            case "vi" -> vi;
            case "zh" -> zh;
            default -> en;
        };
        if (wanted != null) {
            return wanted;
        }
        return en != null ? en : vi != null ? vi : zh != null ? zh : "";
    }

    /** The text in the current request's language (for templates: {@code ${level.title.current()}}). */
    public String current() {
        return in(LocaleContextHolder.getLocale());
    }

    /** Whether the current language has its own text rather than a fallback. */
    public boolean isTranslatedForCurrent() {
        return switch (LocaleContextHolder.getLocale().getLanguage()) {
            case "vi" -> vi != null;
            case "zh" -> zh != null;
            default -> en != null;
        };
    }

    public boolean isEmpty() {
        return en == null && vi == null && zh == null;
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
