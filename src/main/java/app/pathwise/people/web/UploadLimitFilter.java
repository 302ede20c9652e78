package app.pathwise.people.web;

import app.pathwise.people.importing.PeopleImport;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload over the import limit back to the import page with a message. It must run before
 * Spring Security: its CSRF check reads the multipart body, and Tomcat fails that read once the
 * body is over {@code spring.servlet.multipart.max-request-size}, which would leave a bare 413.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    static final long LIMIT = PeopleImport.MAX_MEGABYTES * 1024L * 1024L;

    /** Reading a moderate excess keeps the connection, so the browser sees the redirect. */
    private static final long DRAIN = 64L * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= LIMIT) {
            chain.doFilter(request, response);
            return;
        }
        if (length <= DRAIN) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", request.getContextPath() + "/people/import?too-large");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Spring Security's filter chain runs at order -100; this one just before it. */
        @Bean
        FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
            var registration = new FilterRegistrationBean<>(new UploadLimitFilter());
            registration.addUrlPatterns("/people/import");
            registration.setOrder(-110);
            return registration;
        }
    }
}
