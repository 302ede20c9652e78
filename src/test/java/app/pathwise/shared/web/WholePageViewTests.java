package app.pathwise.shared.web;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.pathwise.security.Role;
import app.pathwise.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Pages leave as UTF-8 bytes in one piece with their length; a page that cannot be shown still gets its error page. */
@IntegrationTest
class WholePageViewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ThymeleafViewResolver resolver;

    @Test
    void aPageIsSentWholeWithItsLengthInUtf8() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/paths").param("lang", "vi")
            .with(user(user(null, Role.HR)))).andReturn().getResponse();
        byte[] body = response.getContentAsByteArray();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(body.length));
        String page = new String(body, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Lộ trình nghề nghiệp").endsWith("</html>\n");
    }

    @Test
    void aPageWithSeveralEncodedPartsIsSentWholeWithEachInItsPlace() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/").param("lang", "vi")
            .with(user(user(null, Role.HR)))).andReturn().getResponse();
        byte[] body = response.getContentAsByteArray();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(body.length));
        String page = new String(body, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("pw-encoded-part")
            .doesNotContain(FragmentRenderer.TOKEN_MARK);
        // the part about the person, cut where the day's cards go, in its two places
        assertThat(page.indexOf("<main")).isLessThan(page.indexOf("alert alert-info mb-0"))
            .isLessThan(page.indexOf("<footer"));
    }

    @Test
    void aMissingPageGetsTheErrorPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/paths/987654321")
            .with(user(user(null, Role.HR)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("<html");
    }

    @Test
    void theResolverMakesTheseViews() throws Exception {
        assertThat(resolver.resolveViewName("careerpath/explore/paths", java.util.Locale.ENGLISH))
            .isInstanceOf(WholePageView.class);
    }
}
