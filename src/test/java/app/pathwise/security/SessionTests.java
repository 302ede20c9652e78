package app.pathwise.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.support.Fixtures;
import app.pathwise.support.TestDatabaseConfiguration;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Session behaviour on the real server: a new session id at sign-in, an idle timeout, a secure cookie. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.servlet.session.timeout=30m")
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class SessionTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    org.springframework.boot.web.server.autoconfigure.ServerProperties server;

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        String email = fixtures.account(fixtures.employee("Session Person", null), "a long enough passphrase");
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        String loginPage = client.send(HttpRequest.newBuilder(url("/login")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        String before = sessionId(cookies);
        Matcher token = CSRF.matcher(loginPage);
        assertThat(token.find()).isTrue();
        assertThat(before).isNotNull();

        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode("a long enough passphrase", StandardCharsets.UTF_8)
            + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(url("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void sessionsExpireWhenIdleAndTheCookieIsHttpOnly() {
        assertThat(server.getServlet().getSession().getTimeout()).hasMinutes(30);
        assertThat(server.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
    }

    private String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
            .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
