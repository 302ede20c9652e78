package app.pathwise.demo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hands out unique work e-mail addresses made from names: ASCII, lower case, no diacritics
 * ({@code mai.nguyen@example.com}); the second Mai Nguyen gets {@code mai.nguyen2@example.com}.
 * Addresses reserved up front (the demo accounts') are never handed out.
 */
final class WorkEmails {

    static final String DOMAIN = "example.com";

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextNumber = new HashMap<>();

    void reserve(String email) {
        taken.add(email.toLowerCase(Locale.ROOT));
    }

    String allocate(String given, String family) {
        String base = ascii(given) + "." + ascii(family);
        String email = base + "@" + DOMAIN;
        if (taken.add(email)) {
            return email;
        }
        // Bases never end in a digit, so a numbered address cannot be some other person's base.
        int number = nextNumber.getOrDefault(base, 2);
        while (!taken.add(email = base + number + "@" + DOMAIN)) {
            number++;
        }
        nextNumber.put(base, number + 1);
        return email;
    }

    /** "Nguyễn" becomes "nguyen", "Đặng" "dang", "O'Connor" "oconnor". */
    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD)
            .replace('đ', 'd').replace('Đ', 'D');
        String letters = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("no Latin letters in " + name);
        }
        return letters;
    }
}
