package app.pathwise.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after OWASP ASVS 5 (V6.2): at least 12 characters, at most 128, any characters
 * allowed, no composition rules, and not one of the commonly used passwords, nor the e-mail.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("security/common-passwords.txt");
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    Optional<String> violation(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("security.password.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("security.password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || (email != null && lower.contains(localPart(email)))) {
            return Optional.of("security.password.too-common");
        }
        return Optional.empty();
    }

    private static String localPart(String email) {
        String local = email.toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        local = at > 0 ? local.substring(0, at) : local;
        return local.length() >= 4 ? local : "\u0000";
    }

    private static Set<String> load(String path) {
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
            new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new IllegalStateException("The common password list is missing", e);
        }
        return words;
    }
}
