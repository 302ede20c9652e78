package app.pathwise.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files are served only under their own prefixes. With Boot's default {@code /**} mapping,
 * the resource URL filter tried every link of every page (each row of a list) as a possible static
 * file, which cost more than rendering the page; {@code spring.web.resources.add-mappings=false}
 * turns that mapping off and this class registers the real ones. Every handler has a caching resource
 * chain: the resource URL filter rewrites each link to a static file on every page (the layout has
 * six), and without the cache each rewrite looked the file up on the class path, inside the jar.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
            .addResourceLocations("classpath:/META-INF/resources/webjars/")
            .setCacheControl(CACHE)
            .resourceChain(true)
            .addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .resourceChain(true);
        }
    }
}
