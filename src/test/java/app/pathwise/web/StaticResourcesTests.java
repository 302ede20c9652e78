package app.pathwise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@IntegrationTest
class StaticResourcesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void webJarsAreServedWithoutVersionsAndCached() throws Exception {
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("max-age=604800")));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void theApplicationsOwnFilesAreServedFromTheirFolders() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/app.js")).andExpect(status().isOk())
            .andExpect(content().string(containsString("htmx:configRequest")));
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
    }

    @Test
    void nothingElseOfTheClasspathIsServed() throws Exception {
        mvc.perform(get("/application.properties")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/js/../application.properties")).andExpect(status().is4xxClientError());
    }

    @Test
    void pagesLinkTheVersionedWebJarsAndTheirOwnFilesAsTheyAre() throws Exception {
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        assertThat(login).containsPattern("href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap.min.css\"")
            .containsPattern("src=\"/webjars/htmx.org/\\d+\\.\\d+\\.\\d+/dist/htmx.min.js\"")
            .contains("href=\"/css/app.css\"", "src=\"/js/app.js\"");
        String versioned = login.replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+)\".*", "$1");
        mvc.perform(get(versioned)).andExpect(status().isOk());
    }

    @Test
    void onlyOneFilterRewritesLinks(@Autowired List<FilterRegistrationBean<?>> registrations) {
        assertThat(registrations).map(FilterRegistrationBean::getFilter)
            .filteredOn(ResourceUrlEncodingFilter.class::isInstance).singleElement()
            .extracting(filter -> filter.getClass().getSimpleName()).isEqualTo("StaticUrlFilter");
    }
}
