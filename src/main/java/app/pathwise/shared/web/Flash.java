package app.pathwise.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Flash messages carry a message key and its arguments, never text: the layout renders them in
 * the reader's language.
 */
public final class Flash {

    private Flash() {
    }

    public static void success(RedirectAttributes attributes, String key, Object... args) {
        attributes.addFlashAttribute("flashSuccess", new FlashMessage(key, args));
    }

    public static void error(RedirectAttributes attributes, String key, Object... args) {
        attributes.addFlashAttribute("flashError", new FlashMessage(key, args));
    }

    public record FlashMessage(String key, Object[] args) {
    }
}
