package app.pathwise.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Links to pages pass the static-file filter without a lookup; a static file is looked up once. */
class StaticUrlFilterTests {

    private final List<String> lookedUp = new ArrayList<>();

    @Test
    void onlyLinksIntoAStaticFolderAreLookedUpAndEachOnlyOnce() {
        StaticUrlFilter filter = new StaticUrlFilter(recordingProvider());

        for (String link : new String[] {"/people/2", "/paths?q=css", "/", "/cssx/a.css", "/webjars/x.js?v=1"}) {
            assertThat(filter.versioned("", link)).isEqualTo(link);
        }
        assertThat(filter.versioned("/app", "/other/css/a.css")).isEqualTo("/other/css/a.css");
        assertThat(lookedUp).isEmpty();

        assertThat(filter.versioned("", "/webjars/lib/dist/lib.js")).isEqualTo("/v1/webjars/lib/dist/lib.js");
        assertThat(filter.versioned("", "/webjars/lib/dist/lib.js")).isEqualTo("/v1/webjars/lib/dist/lib.js");
        assertThat(lookedUp).containsExactly("webjars/lib/dist/lib.js");
    }

    /** A provider for every path whose resolver prefixes {@code v1/} and records what it was asked. */
    private ResourceUrlProvider recordingProvider() {
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setResourceResolvers(List.of(new ResourceResolver() {
            @Override
            public Resource resolveResource(HttpServletRequest request, String requestPath,
                                            List<? extends Resource> locations, ResourceResolverChain chain) {
                return null;
            }

            @Override
            public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
                                         ResourceResolverChain chain) {
                lookedUp.add(resourcePath);
                return "v1/" + resourcePath;
            }
        }));
        ResourceUrlProvider provider = new ResourceUrlProvider();
        provider.setHandlerMap(Map.of("/**", handler));
        return provider;
    }
}
