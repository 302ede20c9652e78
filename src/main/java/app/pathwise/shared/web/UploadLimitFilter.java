package app.pathwise.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload over an import's limit back to the import page with a message ({@code ?too-large}).
 * It must run before Spring Security: its CSRF check reads the multipart body, and Tomcat fails that
 * read once the body is over {@code spring.servlet.multipart.max-request-size}, which would leave a
 * bare 413. Register it with {@link #register} for each import's upload address.
 */
public final class UploadLimitFilter extends OncePerRequestFilter {

    /** Reading a moderate excess keeps the connection, so the browser sees the redirect. */
    private static final long DRAIN = 64L * 1024 * 1024;

    /** Spring Security's filter chain runs at order -100; these filters just before it. */
    private static final int ORDER = -110;

    private final long limitBytes;
    private final String tooLargePage;

    UploadLimitFilter(long limitBytes, String tooLargePage) {
        this.limitBytes = limitBytes;
        this.tooLargePage = tooLargePage;
    }

    /**
     * A filter for POSTs to {@code uploadPath} whose body is over {@code limitMegabytes}: they are
     * redirected (303) to {@code importPage?too-large}, which shows the limit.
     */
    public static FilterRegistrationBean<UploadLimitFilter> register(String uploadPath, int limitMegabytes,
                                                                     String importPage) {
        var registration = new FilterRegistrationBean<>(
            new UploadLimitFilter(limitMegabytes * 1024L * 1024L, importPage + "?too-large"));
        registration.addUrlPatterns(uploadPath);
        registration.setName("uploadLimit" + uploadPath.replace('/', '-'));
        registration.setOrder(ORDER);
        return registration;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= limitBytes) {
            chain.doFilter(request, response);
            return;
        }
        if (length <= DRAIN) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", request.getContextPath() + tooLargePage);
    }
}
