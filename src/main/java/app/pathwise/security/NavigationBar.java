package app.pathwise.security;

import jakarta.servlet.http.HttpServletRequest;
import app.pathwise.shared.web.FragmentRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The top bar ({@code layout/nav :: navbar}), rendered once per role set, language and place in the
 * application, then reused: the layout writes {@code navBar=${@navigation.html(path, userRoles)}} and
 * {@code th:utext="${navBar}"}. The bar has some ninety expressions, the same for every user with the same roles on the same kind of page; only
 * the user's own employee id, their name and the sign-out form's CSRF token differ, and those are put
 * into the cached HTML as marks and replaced on each page (the name HTML-escaped).
 *
 * <p>The place is the request path cut to what the bar's marking rules can see: the first three
 * segments, the user's own id kept as the mark, any other number as {@code 0} (no rule names a
 * number), and a trailing {@code /…} when the path is longer, so an equality with a three-segment path
 * stays false. Entries stop being added at {@link #MAX_ENTRIES}; the bar is then rendered per page.
 */
@Component("navigation")
public class NavigationBar {

    static final int MAX_ENTRIES = 5_000;
    private static final long ID_MARK = 9_087_654_321_012L;
    private static final String ID_TEXT = Long.toString(ID_MARK);
    private static final String NAME_MARK = "pw-nav-user-name-mark";
    private static final String CSRF_MARK = "pw-nav-csrf-token-mark";

    private final FragmentRenderer renderer;
    private final Map<Key, Marked> rendered = new ConcurrentHashMap<>();

    NavigationBar(FragmentRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The bar for the signed-in user on the page at {@code path}, with the roles the layout has already
     * read ({@code @roles.current()}); empty when nobody is signed in.
     */
    public String html(String path, TemplateRoles.Held held) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!held.isSignedIn() || !(authentication.getPrincipal() instanceof PathwiseUser user)) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        Key key = new Key(held.bits(), locale.toLanguageTag(), place(path, user.employeeId()),
            user.employeeId() != null);
        Marked bar = rendered.get(key);
        if (bar == null) {
            bar = Marked.of(render(key, held));
            if (rendered.size() < MAX_ENTRIES) {
                rendered.putIfAbsent(key, bar);
            }
        }
        CsrfToken csrf = (CsrfToken) currentRequest().getAttribute(CsrfToken.class.getName());
        return bar.fill(String.valueOf(user.employeeId()), HtmlUtils.htmlEscape(user.displayName()),
            csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken()));
    }

    private String render(Key key, TemplateRoles.Held held) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("path", key.place());
        variables.put("userRoles", held);
        variables.put("navEmployeeId", key.employee() ? ID_MARK : null);
        variables.put("navName", NAME_MARK);
        variables.put("navCsrf", CSRF_MARK);
        return renderer.render("layout/nav", "navbar", variables);
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    /** The request path as far as the bar's marking rules can tell paths apart (see the class comment). */
    static String place(String path, Long employeeId) {
        String[] segments = (path == null ? "/" : path).split("/", -1);
        StringBuilder place = new StringBuilder();
        int kept = Math.min(segments.length, 4);
        for (int i = 1; i < kept; i++) {
            String segment = segments[i];
            if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
                segment = employeeId != null && segment.equals(employeeId.toString()) ? ID_TEXT : "0";
            }
            place.append('/').append(segment);
        }
        if (segments.length > 4) {
            place.append("/…");
        }
        return place.isEmpty() ? "/" : place.toString();
    }

    private record Key(int roles, String language, String place, boolean employee) {
    }

    /**
     * Rendered HTML cut at its marks: {@code parts[i]} is followed by the value of mark {@code marks[i]}
     * (0 the employee id, 1 the name, 2 the CSRF token), the last part by nothing.
     */
    record Marked(String[] parts, int[] marks, int length) {

        private static final String[] MARKS = {ID_TEXT, NAME_MARK, CSRF_MARK};

        static Marked of(String html) {
            List<String> parts = new ArrayList<>();
            List<Integer> marks = new ArrayList<>();
            int from = 0;
            while (true) {
                int at = -1;
                int mark = -1;
                for (int m = 0; m < MARKS.length; m++) {
                    int found = html.indexOf(MARKS[m], from);
                    if (found >= 0 && (at < 0 || found < at)) {
                        at = found;
                        mark = m;
                    }
                }
                if (at < 0) {
                    parts.add(html.substring(from));
                    break;
                }
                parts.add(html.substring(from, at));
                marks.add(mark);
                from = at + MARKS[mark].length();
            }
            return new Marked(parts.toArray(String[]::new), marks.stream().mapToInt(Integer::intValue).toArray(),
                html.length());
        }

        String fill(String... values) {
            StringBuilder html = new StringBuilder(length + 256);
            for (int i = 0; i < marks.length; i++) {
                html.append(parts[i]).append(values[marks[i]]);
            }
            return html.append(parts[marks.length]).toString();
        }
    }
}
