package app.pathwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
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

@IntegrationTest
class SettingsTests {

    static final String PASSWORD = "the current passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountUserDetailsService users;

    String email;
    PathwiseUser me;

    @BeforeEach
    void account() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        email = fixtures.account(fixtures.employee("Settings Person", null), PASSWORD);
        me = users.loadUserByUsername(email);
    }

    @Test
    void aUserChoosesVietnameseAndThePagesFollow() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/settings/language").session(session).with(user(me)).with(csrf()).param("language", "vi"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, email))
            .isEqualTo("vi");
        mvc.perform(get("/settings").session(session).with(user(me)))
            .andExpect(content().string(containsString("lang=\"vi\"")))
            .andExpect(content().string(containsString("Cài đặt")));
    }

    @Test
    void anUnknownLanguageIsRefused() throws Exception {
        mvc.perform(post("/settings/language").with(user(me)).with(csrf()).param("language", "fr"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select language from account where email = ?", String.class, email))
            .isEqualTo("en");
    }

    @Test
    void aShortOrCommonPasswordIsRefusedNextToTheField() throws Exception {
        String hash = hash();
        mvc.perform(change(PASSWORD, "short", "short"))
            .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "security.password.too-short"));
        mvc.perform(change(PASSWORD, "password1234", "password1234"))
            .andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "security.password.too-common"));
        mvc.perform(change("not my password", "a brand new passphrase", "a brand new passphrase"))
            .andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword",
                "security.password.current-wrong"));
        mvc.perform(change(PASSWORD, "a brand new passphrase", "a different passphrase"))
            .andExpect(model().attributeHasFieldErrorCode("passwordForm", "confirmPassword", "security.password.mismatch"));
        assertThat(hash()).isEqualTo(hash);
    }

    @Test
    void aGoodPasswordIsStoredHashedAndAudited() throws Exception {
        mvc.perform(change(PASSWORD, "a brand new passphrase", "a brand new passphrase"))
            .andExpect(status().is3xxRedirection());
        assertThat(hash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("a brand new passphrase", hash())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'account.password-changed'"
            + " and entity_id = ?", Integer.class, me.accountId())).isEqualTo(1);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(String current,
                                                                                            String next, String again) {
        return post("/settings/password").with(user(me)).with(csrf()).param("currentPassword", current)
            .param("newPassword", next).param("confirmPassword", again);
    }

    private String hash() {
        return jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
    }
}
