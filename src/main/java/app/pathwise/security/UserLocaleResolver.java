package app.pathwise.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page language: chosen for this session with {@code ?lang=en|vi|zh-CN}, else the user's
 * setting, else the browser's preference among the three, else English.
 */
public class UserLocaleResolver implements LocaleResolver {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, new Locale("vi"), Locale.SIMPLIFIED_CHINESE);
    static final String SESSION_ATTRIBUTE = UserLocaleResolver.class.getName() + ".LOCALE";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PathwiseUser user) {
            return toLocale(user.language());
        }
        Locale preferred = request.getLocale();
        for (Locale supported : SUPPORTED) {
            if (supported.getLanguage().equals(preferred.getLanguage())) {
                return supported;
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = locale == null ? null : supportedOrNull(locale);
        if (supported != null) {
            request.getSession().setAttribute(SESSION_ATTRIBUTE, supported);
        }
    }

    /** The language code stored on accounts and employees for a locale ({@code en}, {@code vi}, {@code zh-CN}). */
    public static String toLanguage(Locale locale) {
        return locale.getLanguage().equals("zh") ? "zh-CN" : locale.getLanguage();
    }

    public static Locale toLocale(String language) {
        if (language == null) {
            return Locale.ENGLISH;
        }
        return switch (language) {
            case "vi" -> new Locale("vi");
            case "zh-CN", "zh_CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> Locale.ENGLISH;
        };
    }

    public static boolean isSupported(String language) {
        return "en".equals(language) || "vi".equals(language) || "zh-CN".equals(language);
    }

    static void rememberLanguage(HttpServletRequest request, String language) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, toLocale(language));
    }

    private static Locale supportedOrNull(Locale locale) {
        for (Locale supported : SUPPORTED) {
            if (supported.getLanguage().equals(locale.getLanguage())) {
                return supported;
            }
        }
        return null;
    }
}
