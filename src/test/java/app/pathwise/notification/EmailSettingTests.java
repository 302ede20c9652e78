package app.pathwise.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;

/** Users turn the e-mail copies of their notices off and on again on their settings page. */
@IntegrationTest
class EmailSettingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    long accountId;
    PathwiseUser me;

    @BeforeEach
    void account() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        long employee = fixtures.employee("Email Setting Person", null);
        String email = fixtures.account(employee, "email setting passphrase");
        accountId = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
        me = new PathwiseUser(accountId, employee, email, "Email Setting Person", Set.of(Role.EMPLOYEE), "en", "",
            true);
    }

    @Test
    void emailIsOnUntilTheUserTurnsItOffAndOnAgain() throws Exception {
        assertThat(emailSwitch().hasAttr("checked")).isTrue();

        FlashMap flash = mvc.perform(post("/settings/notifications").with(user(me)).with(csrf()))
            .andExpect(redirectedUrl("/settings")).andReturn().getFlashMap();
        assertThat(stored()).isFalse();
        String page = mvc.perform(get("/settings").with(user(me)).flashAttrs(flash)).andReturn().getResponse()
            .getContentAsString();
        assertThat(Jsoup.parse(page).select(".alert-success").text()).isEqualTo("E-mail notifications are off.");
        assertThat(emailSwitch().hasAttr("checked")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = "
            + "'account.email-notifications-changed' and entity_id = ? and summary = 'off'", Long.class, accountId))
            .isEqualTo(1);

        mvc.perform(post("/settings/notifications").with(user(me)).with(csrf()).param("emailNotifications", "true"))
            .andExpect(redirectedUrl("/settings"));
        assertThat(stored()).isTrue();
        assertThat(emailSwitch().hasAttr("checked")).isTrue();
    }

    @Test
    void theSettingIsExplainedInTheUsersLanguage() throws Exception {
        PathwiseUser vietnamese = new PathwiseUser(accountId, me.employeeId(), me.email(), me.displayName(),
            Set.of(Role.EMPLOYEE), "vi", "", true);
        String page = mvc.perform(get("/settings").with(user(vietnamese))).andReturn().getResponse()
            .getContentAsString();
        assertThat(Jsoup.parse(page).select("label[for=emailNotifications]").text())
            .isEqualTo("Gửi e-mail cho tôi khi có thông báo mới");
    }

    private Element emailSwitch() throws Exception {
        String page = mvc.perform(get("/settings").with(user(me))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).selectFirst("input#emailNotifications");
    }

    private boolean stored() {
        return jdbc.queryForObject("select email_notifications from account where id = ?", Boolean.class, accountId);
    }
}
