package app.pathwise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An upload over the limit goes back to the import page before anything reads it; others pass. */
class UploadLimitFilterTests {

    final UploadLimitFilter filter = UploadLimitFilter.register("/framework/paths/import", 5,
        "/framework/paths/transfer").getFilter();

    @Test
    void anUploadOverTheLimitIsSentBackToTheImportPage() throws Exception {
        MockHttpServletRequest request = post(5L * 1024 * 1024 + 1);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/framework/paths/transfer?too-large");
        assertThat(chain.getRequest()).as("the rest of the chain never ran").isNull();
    }

    @Test
    void anUploadWithinTheLimitAndOtherMethodsPass() throws Exception {
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {post(5L * 1024 * 1024),
            new MockHttpServletRequest("GET", "/framework/paths/import")}) {
            MockFilterChain chain = new MockFilterChain();
            filter.doFilter(request, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isSameAs(request);
        }
    }

    private static MockHttpServletRequest post(long length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/framework/paths/import");
        request.setContent(new byte[(int) length]);
        return request;
    }
}
