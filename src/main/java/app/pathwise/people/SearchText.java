package app.pathwise.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises text for the directory search: lower case, no diacritics (so "nguyen" finds
 * "Nguyễn"), the Vietnamese đ as d. The same function runs on stored rows and on queries.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")
            .replace('đ', 'd').replace('Đ', 'D')
            .toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** The search text of an employee record; the form and the import both store it. */
    public static String forEmployee(String fullName, String email, String employeeNumber) {
        return normalise(fullName + " " + email + " " + employeeNumber);
    }
}
