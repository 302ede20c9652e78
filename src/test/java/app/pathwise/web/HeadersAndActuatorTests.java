package app.pathwise.web;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.Role;
import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HeadersAndActuatorTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndSafeHeaders() throws Exception {
        String csp = mvc.perform(get("/login"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
            .andExpect(header().string("X-Frame-Options", "DENY"))
            .andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src 'self'")
            .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void healthIsOpenButTellsNoDetails() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
            .andExpect(content().json("{\"status\":\"UP\"}")).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("components", "details", "db", "diskSpace");
    }

    @Test
    void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/metrics").with(user(user(1L, Role.HR)))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(user(null, Role.ADMIN)))).andExpect(status().isOk());
    }

    @Test
    void errorPagesShowNoStackTraceOrSql() throws Exception {
        String body = mvc.perform(get("/people/12345678901234567890").with(user(user(null, Role.HR))))
            .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("select ")
            .doesNotContain("at app.pathwise");
    }
}
