package app.pathwise.shared.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A page whose content is all in kept parts ({@link EncodedPart}) is kept rendered around them too
 * (ADR 0018): the layout, the navigation, the title. Rendering that shell took a third of such a page's
 * time, though it depends only on what the shell shows: the template, the language, the signed-in
 * reader (their name, roles and links in the navigation, fixed for their session), and the model's
 * other attributes (the page's path, the page's parameters). A controller lets its page be kept by
 * calling {@link #keep}; its template must then read nothing else that can change from one request to
 * the next. The shell is kept as bytes, cut where the parts go and where the CSRF token goes, so the
 * parts and the request's own token are sent in their places. A page with a flash message, or with a
 * form's errors, is rendered as usual.
 */
public final class PageShells {

    static final long BUDGET = 8_000_000;
    private static final String KEEP = PageShells.class.getName() + ".keep";
    private static final PartCache<Key, Shell> SHELLS = new PartCache<>(BUDGET);

    private PageShells() {
    }

    /** Lets the page of this model be kept around its encoded parts. */
    public static void keep(Model model) {
        model.addAttribute(KEEP, Boolean.TRUE);
    }

    /**
     * The key of the shell for this model, or null when the page is to be rendered as usual: not kept by
     * its controller, nobody signed in, a flash message or a form's errors.
     */
    static Key key(String template, Map<String, ?> model) {
        if (model == null || !Boolean.TRUE.equals(model.get(KEEP))) {
            return null;
        }
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        if (reader == null || !reader.isAuthenticated()) {
            return null;
        }
        Map<String, Object> values = new TreeMap<>();
        for (Map.Entry<String, ?> entry : model.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof EncodedPart part) {
                values.put(entry.getKey(), part.getTitle());
            } else if (value instanceof Flash.FlashMessage
                || value instanceof BindingResult binding && binding.hasErrors()) {
                return null;
            } else if (!(value instanceof BindingResult)) {
                values.put(entry.getKey(), value);
            }
        }
        // the reader's principal is compared as itself: it holds what the navigation shows of them for
        // as long as their session lasts
        return new Key(template, LocaleContextHolder.getLocale(), reader.getPrincipal(), values, partNames(model));
    }

    /** The names of the model's encoded parts, in name order; a part in the model twice, by its first name. */
    static List<String> partNames(Map<String, ?> model) {
        if (model == null) {
            return List.of();
        }
        Map<String, EncodedPart> parts = new TreeMap<>();
        for (Map.Entry<String, ?> entry : model.entrySet()) {
            if (entry.getValue() instanceof EncodedPart part) {
                parts.put(entry.getKey(), part);
            }
        }
        Set<EncodedPart> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> names = new ArrayList<>();
        parts.forEach((name, part) -> {
            if (seen.add(part)) {
                names.add(name);
            }
        });
        return List.copyOf(names);
    }

    /** The shell kept for this key, or rendered now by {@code render} (and kept). */
    static Shell shell(Key key, Supplier<Shell> render) {
        return SHELLS.get(key, () -> Optional.of(render.get())).orElseThrow();
    }

    /**
     * The shell of a rendered page: its text cut where the model's parts are placed, each piece with the
     * request's token replaced by the mark (none is replaced when the token is empty: the page is sent
     * once, with its own).
     */
    static Shell of(String page, Map<String, ?> model, List<String> partNames, String token, String contentType) {
        List<Placed> placed = new ArrayList<>();
        for (String name : partNames) {
            EncodedPart part = (EncodedPart) model.get(name);
            int at = page.indexOf(part.getPlace());
            if (at < 0) {
                throw new IllegalStateException("an encoded part in the model has no place in the page");
            }
            placed.add(new Placed(at, name, part.getPlace().length()));
        }
        placed.sort(Comparator.comparingInt(Placed::at));
        List<EncodedPart> texts = new ArrayList<>();
        List<String> order = new ArrayList<>();
        int from = 0;
        for (Placed one : placed) {
            texts.add(text(page.substring(from, one.at()), token));
            order.add(one.name());
            from = one.at() + one.length();
        }
        texts.add(text(page.substring(from), token));
        return new Shell(List.copyOf(texts), List.copyOf(order), contentType);
    }

    private static EncodedPart text(String piece, String token) {
        return EncodedPart.of(null, token.isEmpty() ? piece : piece.replace(token, FragmentRenderer.TOKEN_MARK));
    }

    /** Everything a kept shell depends on. */
    record Key(String template, Locale locale, Object reader, Map<String, Object> model, List<String> parts) {
    }

    /** A page's shell: the texts around its parts, the parts' names in the order they come, its content type. */
    record Shell(List<EncodedPart> texts, List<String> parts, String contentType) implements PartCache.Part {

        @Override
        public long size() {
            return texts.stream().mapToLong(EncodedPart::size).sum();
        }
    }

    private record Placed(int at, String name, int length) {
    }
}
