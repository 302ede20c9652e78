package app.pathwise.notification;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only the recipient sees, opens or marks their notices: their manager, HR, an executive and another
 * employee get 404 for someone else's notice; marking all read touches one's own; every change needs
 * the CSRF token; the inbox is for people with an employee record.
 */
@IntegrationTest
class InboxAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Notifier notifier;

    long manager;
    long employee;
    long colleague;
    long employeesNotice;
    long colleaguesNotice;

    @BeforeEach
    void organisation() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        manager = fixtures.employee("Inbox Access Manager", null);
        employee = fixtures.employee("Inbox Access Employee", manager);
        colleague = fixtures.employee("Inbox Access Colleague", manager);
        employeesNotice = send(employee);
        colleaguesNotice = send(colleague);
    }

    @Test
    void nobodyButTheRecipientOpensANotice() throws Exception {
        for (PathwiseUser other : List.of(user(colleague), user(manager, Role.MANAGER), user(colleague, Role.HR),
            user(manager, Role.EXECUTIVE, Role.MANAGER))) {
            mvc.perform(get("/inbox/" + employeesNotice).with(user(other))).andExpect(status().isNotFound());
        }
        assertThat(isRead(employeesNotice)).isFalse();

        mvc.perform(get("/inbox/" + employeesNotice).with(user(user(employee))))
            .andExpect(redirectedUrl("/settings"));
        assertThat(isRead(employeesNotice)).isTrue();
    }

    @Test
    void aNoticeThatDoesNotExistIsNotFoundLikeSomeoneElses() throws Exception {
        mvc.perform(get("/inbox/" + Long.MAX_VALUE).with(user(user(employee)))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/not-a-number").with(user(user(employee)))).andExpect(status().is4xxClientError());
    }

    @Test
    void theInboxListsOnlyOnesOwnNotices() throws Exception {
        String page = mvc.perform(get("/inbox").with(user(user(manager, Role.MANAGER)))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".pw-inbox li")).isEmpty();
        assertThat(Jsoup.parse(page).select("a[href=/inbox/" + employeesNotice + "]")).isEmpty();
        String badge = mvc.perform(get("/inbox/unread-count").with(user(user(manager, Role.MANAGER))))
            .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(badge).text()).isEmpty();
    }

    @Test
    void markingAllReadTouchesOnlyOnesOwnNotices() throws Exception {
        mvc.perform(post("/inbox/read").with(user(user(employee))).with(csrf())).andExpect(redirectedUrl("/inbox"));

        assertThat(isRead(employeesNotice)).isTrue();
        assertThat(isRead(colleaguesNotice)).isFalse();
    }

    @Test
    void markingAllReadNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/inbox/read").with(user(user(employee)))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/notifications").with(user(user(employee)))).andExpect(status().isForbidden());

        assertThat(isRead(employeesNotice)).isFalse();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : List.of("/inbox", "/inbox/unread-count", "/inbox/" + employeesNotice)) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/inbox/read").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(isRead(employeesNotice)).isFalse();
    }

    @Test
    void theBadgeRequestOfAnExpiredSessionIsNotKeptAsTheTargetAfterSignIn() throws Exception {
        String page = mvc.perform(get("/settings").with(user(user(employee)))).andReturn().getResponse()
            .getContentAsString();
        String headers = Jsoup.parse(page).select("#inbox-link [hx-get]").attr("hx-headers");
        assertThat(headers).isEqualTo("{\"X-Requested-With\": \"XMLHttpRequest\"}");

        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/inbox/unread-count").session(session).header("HX-Request", "true")
                .header("X-Requested-With", "XMLHttpRequest"))
            .andExpect(status().is3xxRedirection());
        assertThat(session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isNull();
    }

    @Test
    void anAccountWithoutAnEmployeeRecordHasNoInbox() throws Exception {
        PathwiseUser admin = user(null, Role.ADMIN);
        for (String path : List.of("/inbox", "/inbox/unread-count", "/inbox/" + employeesNotice)) {
            mvc.perform(get(path).with(user(admin))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/inbox/read").with(user(admin)).with(csrf())).andExpect(status().isForbidden());
    }

    private long send(long recipient) {
        notifier.send(Notice.of(recipient, "account.password-changed", "/settings", LocalDate.of(2026, 12, 1)));
        return jdbc.queryForObject("select max(id) from notification where recipient_id = ?", Long.class, recipient);
    }

    private boolean isRead(long notice) {
        return jdbc.queryForObject("select read_at is not null from notification where id = ?", Boolean.class, notice);
    }
}
