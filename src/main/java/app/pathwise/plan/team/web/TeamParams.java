package app.pathwise.plan.team.web;

import app.pathwise.plan.team.PlanState;
import app.pathwise.plan.team.TeamFilter;
import app.pathwise.plan.team.TeamScope;
import app.pathwise.plan.team.TeamSort;
import java.nio.charset.StandardCharsets;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The team view's query parameters as they come from the URL (unknown values fall back to the
 * defaults), and the URLs that keep them: for the pager, the sort headers and the scope tabs.
 */
record TeamParams(String scope, String state, Boolean overdue, Boolean missed, Boolean awaiting, String q,
                  String sort, String dir, Integer page) {

    /** The parameters of a team view URL (as {@link #url} makes them), on the given page. */
    static TeamParams from(String url, Integer page) {
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(url).build().getQueryParams();
        return new TeamParams(decoded(query, "scope"), decoded(query, "state"), "true".equals(decoded(query, "overdue")),
            "true".equals(decoded(query, "missed")), "true".equals(decoded(query, "awaiting")), decoded(query, "q"),
            decoded(query, "sort"), decoded(query, "dir"), page);
    }

    private static String decoded(MultiValueMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
    }

    TeamFilter toFilter() {
        TeamSort order = TeamSort.parse(sort);
        boolean descending = dir == null || dir.isBlank() ? order.descendingByDefault() : "desc".equalsIgnoreCase(dir);
        return new TeamFilter(TeamScope.parse(scope), PlanState.parse(state), Boolean.TRUE.equals(overdue),
            Boolean.TRUE.equals(missed), Boolean.TRUE.equals(awaiting), q, order, descending);
    }

    /** The URL of this view of the team with everything but the page. */
    static String url(TeamFilter filter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/team");
        if (filter.scope() != null) {
            url.queryParam("scope", filter.scope().slug());
        }
        if (filter.state() != null) {
            url.queryParam("state", filter.state().slug());
        }
        if (filter.overdue()) {
            url.queryParam("overdue", "true");
        }
        if (filter.missed()) {
            url.queryParam("missed", "true");
        }
        if (filter.awaiting()) {
            url.queryParam("awaiting", "true");
        }
        if (!filter.query().isEmpty()) {
            url.queryParam("q", filter.query());
        }
        if (filter.sort() != TeamSort.NAME || filter.descending()) {
            url.queryParam("sort", filter.sort().slug());
            url.queryParam("dir", filter.descending() ? "desc" : "asc");
        }
        return url.encode().build().toUriString();
    }

    /** The URL sorting by this key: the other direction when it is the current sort. */
    static String sortUrl(TeamFilter filter, TeamSort sort) {
        boolean descending = filter.sort() == sort ? !filter.descending() : sort.descendingByDefault();
        return url(new TeamFilter(filter.scope(), filter.state(), filter.overdue(), filter.missed(),
            filter.awaiting(), filter.query(), sort, descending));
    }

    /** The URL of a scope, everything else reset. */
    static String scopeUrl(TeamScope scope) {
        return url(TeamFilter.everyone().withScope(scope));
    }
}
