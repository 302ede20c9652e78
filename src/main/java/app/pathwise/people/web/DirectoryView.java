package app.pathwise.people.web;

import app.pathwise.people.DirectoryFilter;
import app.pathwise.people.DirectoryPage;
import app.pathwise.people.DirectorySearch;
import app.pathwise.people.EmployeeRow;
import app.pathwise.people.EmploymentStatus;
import app.pathwise.people.OrganisationService;
import app.pathwise.shared.PageView;
import app.pathwise.shared.web.EncodedPart;
import app.pathwise.shared.web.FragmentRenderer;
import app.pathwise.shared.web.PartCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory's section, put together from parts kept until people change (ADR 0019): the frame around
 * the list (heading, filters with the department options, the table's head), kept per filter and language;
 * and each person's row, kept per person and language. What a request adds is only its own: the searched
 * text (escaped) and the pager. Who is on the page is asked of the database on every request
 * ({@link DirectorySearch#find}); the rows are read and rendered for the people whose row is not kept, in
 * one statement and one rendering.
 */
@Component
class DirectoryView {

    static final String QUERY = "pw-directory-query";
    static final String RESULTS = "<!--pw-directory-results-->";
    static final String ROWS = "<!--pw-directory-rows-->";
    static final String PAGER = "<!--pw-directory-pager-->";
    static final String ROW = "<!--pw-directory-row-->";
    static final String LINK_QUERY = "pw-directory-link-query";
    private static final String TEMPLATE = "people/directory-content";
    private static final EncodedPart NOTHING = EncodedPart.of(null, "");

    private final DirectorySearch search;
    private final OrganisationService organisation;
    private final PeopleParts parts;
    private final FragmentRenderer renderer;

    DirectoryView(DirectorySearch search, OrganisationService organisation, PeopleParts parts) {
        this.search = search;
        this.organisation = organisation;
        this.parts = parts;
        this.renderer = parts.renderer;
    }

    /** The whole section: heading, filters with the searched text, and the results. */
    EncodedPart section(String q, Long department, EmploymentStatus status, int page) {
        Assembly assembly = assemble(q, department, status, page);
        List<EncodedPart> pieces = new ArrayList<>();
        pieces.add(assembly.frame().top());
        pieces.add(EncodedPart.of(null, HtmlUtils.htmlEscape(q == null ? "" : q, "UTF-8")));
        pieces.add(assembly.frame().filters());
        pieces.addAll(assembly.results());
        return EncodedPart.join(null, pieces);
    }

    /** The results only, as a search typed into the page replaces them. */
    EncodedPart results(String q, Long department, EmploymentStatus status, int page) {
        return EncodedPart.join(null, assemble(q, department, status, page).results());
    }

    private Assembly assemble(String q, Long department, EmploymentStatus status, int page) {
        DirectoryPage found = search.find(new DirectoryFilter(q, department, status, false), page,
            PageView.DEFAULT_SIZE);
        Locale locale = LocaleContextHolder.getLocale();
        boolean empty = found.page().total() == 0;
        DirectoryFrame frame = parts.frames.get(found.generation(), new FrameKey(department, status, empty, locale),
            () -> Optional.of(renderFrame(department, status, empty))).orElseThrow();
        List<EncodedPart> results = new ArrayList<>();
        results.add(frame.resultsOpen());
        results.addAll(rows(found, locale));
        results.add(frame.beforePager());
        results.add(empty ? NOTHING : pager(found, q, department, status));
        results.add(frame.end());
        return new Assembly(frame, results);
    }

    /**
     * The page's rows in order: kept, or read and rendered now (together) and kept. Someone removed since
     * the page was found is left out.
     */
    private List<EncodedPart> rows(DirectoryPage found, Locale locale) {
        List<Long> ids = found.page().rows();
        EncodedPart[] rows = new EncodedPart[ids.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            rows[i] = parts.rows.get(found.generation(), new RowKey(ids.get(i), locale), Optional::empty).orElse(null);
            if (rows[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, EmployeeRow> read = search.rows(missing.stream().map(ids::get).toList());
            missing.removeIf(i -> !read.containsKey(ids.get(i)));
            String html = renderer.render(TEMPLATE, "rows",
                Map.of("rows", missing.stream().map(i -> read.get(ids.get(i))).toList()));
            List<EncodedPart> rendered = EncodedPart.cut(html, Collections.nCopies(missing.size(), ROW)
                .toArray(String[]::new));
            for (int i = 0; i < missing.size(); i++) {
                EncodedPart row = rendered.get(i);
                rows[missing.get(i)] = parts.rows.get(found.generation(), new RowKey(ids.get(missing.get(i)), locale),
                    () -> Optional.of(row)).orElseThrow();
            }
        }
        return Arrays.stream(rows).filter(Objects::nonNull).toList();
    }

    private DirectoryFrame renderFrame(Long department, EmploymentStatus status, boolean empty) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", QUERY);
        variables.put("department", department);
        variables.put("status", status);
        variables.put("statuses", EmploymentStatus.values());
        variables.put("departments", organisation.departmentOptions());
        variables.put("empty", empty);
        return DirectoryFrame.of(renderer.render(TEMPLATE, "content", variables), empty);
    }

    /**
     * The pager, kept per place in the list and language with a mark for the query of its links (the
     * filters and the searched text), which is put in here, escaped.
     */
    private EncodedPart pager(DirectoryPage found, String q, Long department, EmploymentStatus status) {
        String query = UriComponentsBuilder.newInstance()
            .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
            .queryParamIfPresent("department", Optional.ofNullable(department))
            .queryParamIfPresent("status", Optional.ofNullable(status)).encode().build().getQuery();
        boolean filtered = query != null;
        PageView<Long> page = found.page();
        List<EncodedPart> pieces = parts.pagers.get(new PagerKey(page.page(), page.size(), page.total(),
            found.capped(), filtered, LocaleContextHolder.getLocale()), () -> {
                Map<String, Object> variables = new HashMap<>();
                variables.put("page", page);
                variables.put("countCapped", found.capped());
                variables.put("moreThan", found.moreThan());
                variables.put("baseUrl", filtered ? "/people?" + LINK_QUERY : "/people");
                String html = renderer.render(TEMPLATE, "pager", variables);
                int marks = (html.length() - html.replace(LINK_QUERY, "").length()) / LINK_QUERY.length();
                return Optional.of(new PagerCut(EncodedPart.cut(html, Collections.nCopies(marks, LINK_QUERY)
                    .toArray(String[]::new))));
            }).orElseThrow().pieces();
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        EncodedPart escaped = EncodedPart.of(null, HtmlUtils.htmlEscape(query, "UTF-8"));
        List<EncodedPart> joined = new ArrayList<>(pieces.size() * 2);
        for (EncodedPart piece : pieces) {
            if (!joined.isEmpty()) {
                joined.add(escaped);
            }
            joined.add(piece);
        }
        return EncodedPart.join(null, joined);
    }

    /** A frame is the same for every page of a filter, but for whether there is anyone to list. */
    private record FrameKey(Long department, EmploymentStatus status, boolean empty, Locale locale) {
    }

    private record RowKey(long id, Locale locale) {
    }

    /** What the pager shows depends on where the page is, the count and whether its links carry a query. */
    private record PagerKey(int page, int size, long total, boolean capped, boolean filtered, Locale locale) {
    }

    /** The pager cut where its links' query goes. */
    record PagerCut(List<EncodedPart> pieces) implements PartCache.Part {

        @Override
        public long size() {
            return pieces.stream().mapToLong(EncodedPart::size).sum();
        }
    }

    private record Assembly(DirectoryFrame frame, List<EncodedPart> results) {
    }

    /**
     * The directory's frame cut where each request's own goes: {@code top} up to the searched text,
     * {@code filters} from it to the results, {@code resultsOpen} up to the rows, {@code beforePager} from
     * them to the pager, {@code end} after it. With nobody to list there are no rows, and the results'
     * opening runs up to the pager.
     */
    record DirectoryFrame(EncodedPart top, EncodedPart filters, EncodedPart resultsOpen, EncodedPart beforePager,
                          EncodedPart end) implements PartCache.Part {

        static DirectoryFrame of(String html, boolean empty) {
            if (empty) {
                List<EncodedPart> pieces = EncodedPart.cut(html, QUERY, RESULTS, PAGER);
                return new DirectoryFrame(pieces.get(0), pieces.get(1), pieces.get(2), NOTHING, pieces.get(3));
            }
            List<EncodedPart> pieces = EncodedPart.cut(html, QUERY, RESULTS, ROWS, PAGER);
            return new DirectoryFrame(pieces.get(0), pieces.get(1), pieces.get(2), pieces.get(3), pieces.get(4));
        }

        @Override
        public long size() {
            return top.size() + filters.size() + resultsOpen.size() + beforePager.size() + end.size();
        }
    }
}
