package app.pathwise.notification;

import static app.pathwise.support.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.sql.StatementCounter;
import app.pathwise.support.Fixtures;
import app.pathwise.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The inbox, the header badge and opening a notice cost a fixed number of SQL statements, however
 * many notices there are; sending a notice (with its e-mail) is one statement.
 */
@IntegrationTest
class InboxStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Notifier notifier;

    long few;
    long many;

    @BeforeEach
    void readers() {
        Fixtures fixtures = new Fixtures(jdbc, encoder);
        few = fixtures.employee("Few Notices", null);
        many = fixtures.employee("Many Notices", null);
        for (int i = 0; i < 2; i++) {
            notifier.send(Notice.of(few, "account.password-changed", "/settings", LocalDate.of(2026, 12, 1)));
        }
        jdbc.update("""
            insert into notification (recipient_id, kind, arguments, link, created_at)
            select ?, 'account.password-changed', jsonb_build_array(jsonb_build_object('d', '2026-12-01')), '/settings',
                   now() - make_interval(mins => i)
              from generate_series(1, 300) i""", many);
    }

    @Test
    void theInboxCostsTwoStatementsOnEveryPage() throws Exception {
        assertThat(count(get("/inbox"), user(few))).isEqualTo(2)
            .isEqualTo(count(get("/inbox"), user(many)))
            .isEqualTo(count(get("/inbox").param("page", "7"), user(many)));
    }

    @Test
    void theBadgeAndOpeningANoticeCostOneStatement() throws Exception {
        assertThat(count(get("/inbox/unread-count"), user(few))).isEqualTo(1)
            .isEqualTo(count(get("/inbox/unread-count"), user(many)));
        long notice = jdbc.queryForObject("select max(id) from notification where recipient_id = ?", Long.class, many);
        assertThat(count(get("/inbox/" + notice), user(many), status().is3xxRedirection())).isEqualTo(1);
        assertThat(count(post("/inbox/read").with(csrf()), user(many), status().is3xxRedirection())).isEqualTo(1);
    }

    @Test
    void sendingANoticeIsOneStatement() {
        StatementCounter.reset();
        notifier.send(Notice.of(few, "account.password-changed", "/settings", LocalDate.of(2026, 12, 1)));
        assertThat(StatementCounter.current()).isEqualTo(1);
    }

    private long count(MockHttpServletRequestBuilder request, PathwiseUser as) throws Exception {
        return count(request, as, status().isOk());
    }

    private long count(MockHttpServletRequestBuilder request, PathwiseUser as, ResultMatcher expected)
        throws Exception {
        StatementCounter.reset();
        mvc.perform(request.with(user(as))).andExpect(expected);
        return StatementCounter.current();
    }
}
