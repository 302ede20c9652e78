package app.pathwise.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
}
