package app.pathwise.shared.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files are served only under their own prefixes. With Boot's default {@code /**} mapping,
 * the resource URL filter tried every link of every page (each row of a list) as a possible static
 * file, which cost more than rendering the page; {@code spring.web.resources.add-mappings=false}
 * turns that mapping off and this class registers the real ones. Every handler has a caching resource
 * chain: the resource URL filter rewrites each link to a static file on every page (the layout has
 * six), and without the cache each rewrite looked the file up on the class path, inside the jar.
 * The rewriting filter is our own {@link StaticUrlFilter}, which leaves links to pages alone cheaply;
 * Boot registers Spring's only when no registration of a {@code ResourceUrlEncodingFilter} exists,
 * hence the registration's type.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticUrlFilter(ResourceUrlProvider mvcResourceUrlProvider) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
            new FilterRegistrationBean<>(new StaticUrlFilter(mvcResourceUrlProvider));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

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
