package app.pathwise.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.security.AccountService;
import app.pathwise.support.TestDatabaseConfiguration;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The upload through a real server: the CSRF token travels inside the multipart body, and a file
 * over the limit brings the user back to the import page with a message rather than an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabaseConfiguration.class)
class ImportOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private HttpClient http;

    @BeforeEach
    void signIn() throws Exception {
        String email = "hr." + UUID.randomUUID() + "@test.example";
        String password = "a long passphrase for tests " + UUID.randomUUID();
        long id = accounts.createAccount(email, null, password, "en").accountId();
        jdbc.update("insert into account_role (account_id, role) values (?, 'HR')", id);
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = csrf(get("/login").body());
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
    }

    @Test
    void aFileIsUploadedWithTheTokenFromTheForm() throws Exception {
        String code = "H" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = upload("code,name\n" + code + ",Over HTTP\n");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/people/import/preview");
        assertThat(get("/people/import/preview").body()).contains("id=\"count-created\">1<", code);
    }

    @Test
    void aFileOverTheLimitBringsTheUserBackWithAMessage() throws Exception {
        StringBuilder csv = new StringBuilder("code,name\n");
        while (csv.length() < (PeopleImport.MAX_MEGABYTES + 1) * 1024 * 1024) {
            csv.append("DEPARTMENT-CODE-0000,A department with a long name to fill the file quickly\n");
        }
        HttpResponse<String> response = upload(csv.toString());

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/people/import?too-large");
        assertThat(get(location).body()).contains("The file is larger than " + PeopleImport.MAX_MEGABYTES + " MB");
    }

    private HttpResponse<String> upload(String csv) throws Exception {
        String token = csrf(get("/people/import").body());
        String boundary = "----pathwise" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDEPARTMENTS\r\n--"
            + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"departments.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(url("/people/import"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
        return matcher.group(1);
    }
}
