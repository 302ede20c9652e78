package app.pathwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class SignInTests {

    static final String PASSWORD = "a long enough passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    String email;
    String address;

    @BeforeEach
    void account() {
        address = "198.51.100." + (int) (Math.random() * 250 + 1) + "." + Fixtures.unique("c");
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        email = fixtures.account(fixtures.employee("Sign In Person", null), PASSWORD);
    }

    /** Each test signs in from its own address, so the per-address throttle of one test does not touch another. */
    RequestPostProcessor from() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void signingInLandsOnHomeAndIsRemembered() throws Exception {
        mvc.perform(post("/login").with(csrf()).with(from()).param("email", email).param("password", PASSWORD))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select last_sign_in_at is not null from account where email = ?",
            Boolean.class, email)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_attempt where email = ? and succeeded",
            Integer.class, email)).isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(post("/login").with(csrf()).with(from()).param("email", email).param("password", "wrong password!"))
            .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).with(from()).param("email", Fixtures.unique("nobody") + "@example.com")
                .param("password", "wrong password!"))
            .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select count(*) from sign_in_attempt where email = ? and not succeeded",
            Integer.class, email)).isEqualTo(1);
    }

    @Test
    void repeatedFailuresSlowDownSoEvenTheRightPasswordWaits() throws Exception {
        for (int i = 0; i < SignInThrottle.PER_EMAIL.slowAfter(); i++) {
            mvc.perform(post("/login").with(csrf()).with(from()).param("email", email).param("password", "wrong " + i))
                .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from()).param("email", email).param("password", PASSWORD))
            .andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void manyFailuresLockTheAccountForAWhile() throws Exception {
        jdbc.update("""
            insert into sign_in_attempt (email, client_address, succeeded, attempted_at)
            select ?, '203.0.113.9', false, now() - interval '2 minutes' from generate_series(1, ?)
            """, email, SignInThrottle.PER_EMAIL.lockAfter());
        mvc.perform(post("/login").with(csrf()).with(from()).param("email", email).param("password", PASSWORD))
            .andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void aDisabledAccountCannotSignInAndLearnsNothingMore() throws Exception {
        jdbc.update("update account set enabled = false where email = ?", email);
        mvc.perform(post("/login").with(csrf()).with(from()).param("email", email).param("password", PASSWORD))
            .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").with(from()).param("email", email).param("password", PASSWORD))
            .andExpect(status().isForbidden());
    }

    @Test
    void signOutIsPostOnly() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).with(from())
            .param("email", email).param("password", PASSWORD)).andReturn().getRequest().getSession();
        mvc.perform(get("/logout").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf()).with(from())).andExpect(redirectedUrl("/login?signedOut"));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login"));
    }
}
