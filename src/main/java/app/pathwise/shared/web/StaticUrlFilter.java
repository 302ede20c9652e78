package app.pathwise.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites links to static files to the versioned ones the resource chain serves (a WebJar's
 * {@code /webjars/bootstrap/dist/...} to {@code /webjars/bootstrap/5.3.8/dist/...}), as Spring's
 * {@link ResourceUrlEncodingFilter} does, in place of it: Spring's filter matches every link of every
 * page against each static-file pattern, and a list page has a hundred links. Here a link that does not
 * start with a static folder passes untouched after one prefix check, and a static one is looked up
 * once and remembered (up to {@link #MAX_REMEMBERED} of them).
 */
final class StaticUrlFilter extends ResourceUrlEncodingFilter {

    static final List<String> FOLDERS = List.of("/webjars/", "/css/", "/js/", "/img/");
    static final int MAX_REMEMBERED = 1_000;

    private final ResourceUrlProvider resources;
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    StaticUrlFilter(ResourceUrlProvider resources) {
        this.resources = resources;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        String contextPath = http.getContextPath();
        chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(versioned(contextPath, url));
            }
        });
    }

    /** The versioned link for a static file; any other link as it is. */
    String versioned(String contextPath, String url) {
        if (url == null || !url.startsWith(contextPath)) {
            return url;
        }
        String path = url.substring(contextPath.length());
        if (FOLDERS.stream().noneMatch(path::startsWith) || path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            return url;
        }
        String known = remembered.get(url);
        if (known != null) {
            return known;
        }
        String found = resources.getForLookupPath(path);
        if (found == null) {
            return url;
        }
        String versioned = contextPath + found;
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(url, versioned);
        }
        return versioned;
    }
}
