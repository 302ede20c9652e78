package app.pathwise.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox as its reader sees it: newest first, unread highlighted, each notice in the reader's
 * language with its dates formatted for it, opening marks read and leads to the notice's page, and
 * the header badge counts what is unread.
 */
@IntegrationTest
class InboxTests {

    static final LocalDate CHANGED_ON = LocalDate.of(2026, 12, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Notifier notifier;

    long reader;

    @BeforeEach
    void reader() {
        reader = new Fixtures(jdbc, encoder).employee("Inbox Reader", null);
    }

    @Test
    void noticesAreShownNewestFirstWithTheUnreadOnesHighlighted() throws Exception {
        notifier.send(Notice.of(reader, "account.password-changed", "/settings", CHANGED_ON));
        notifier.send(Notice.of(reader, "account.password-changed", "/settings", CHANGED_ON.plusDays(1)));
        long read = latestNotice();
        jdbc.update("update notification set read_at = now() where id = ?", read);
        notifier.send(Notice.of(reader, "account.password-changed", "/settings", CHANGED_ON.plusDays(2)));

        Document page = inbox(reader(reader, "en"));
        List<Element> items = page.select(".pw-inbox li");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).text()).contains("Your password was changed",
            date(CHANGED_ON.plusDays(2), Locale.ENGLISH));
        assertThat(items.get(1).text()).contains(date(CHANGED_ON.plusDays(1), Locale.ENGLISH));
        assertThat(items.get(2).text()).contains(date(CHANGED_ON, Locale.ENGLISH));
        assertThat(items).extracting(item -> item.hasClass("pw-unread")).containsExactly(true, false, true);
        assertThat(items.get(0).select(".visually-hidden").text()).isEqualTo("(unread)");
        assertThat(page.select("#unread-summary").text()).isEqualTo("2 unread");
        assertThat(page.select("#mark-all-read")).hasSize(1);
    }

    @Test
    void eachReaderSeesNoticesInTheirOwnLanguageWithDatesFormattedForIt() throws Exception {
        notifier.send(Notice.of(reader, "account.password-changed", "/settings", CHANGED_ON));

        String vietnamese = inbox(reader(reader, "vi")).select(".pw-inbox li").text();
        assertThat(vietnamese).contains("Mật khẩu của bạn đã được thay đổi",
            date(CHANGED_ON, Locale.forLanguageTag("vi")));
        String chinese = inbox(reader(reader, "zh-CN")).select(".pw-inbox li").text();
        assertThat(chinese).contains("您的密码已更改", "2026年12月1日");
        assertThat(inbox(reader(reader, "en")).select(".pw-inbox li").text()).contains("Dec", "2026")
            .doesNotContain("2026-12-01");
    }

    @Test
    void aKindWithoutWordsReadsAsAGeneralNoticeInsteadOfFailing() throws Exception {
        notifier.send(Notice.of(reader, "nobody.knows-this", "/paths", "x"));

        assertThat(inbox(reader(reader, "en")).select(".pw-inbox li").text())
            .contains("Something changed", "Open this notice to see the page it is about.");
    }

    @Test
    void openingANoticeMarksItReadAndLeadsToItsPage() throws Exception {
        notifier.send(Notice.of(reader, "account.password-changed", "/settings?from=inbox", CHANGED_ON));
        long id = latestNotice();

        mvc.perform(get("/inbox/" + id).with(user(reader(reader, "en"))))
            .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/settings?from=inbox"));
        assertThat(jdbc.queryForObject("select read_at is not null from notification where id = ?", Boolean.class, id))
            .isTrue();
        assertThat(inbox(reader(reader, "en")).select(".pw-inbox li").first().hasClass("pw-read")).isTrue();
    }

    @Test
    void aNoticeWithoutALinkLeadsBackToTheInbox() throws Exception {
        notifier.send(new Notice(reader, "account.password-changed", List.of(CHANGED_ON), null, null));

        mvc.perform(get("/inbox/" + latestNotice()).with(user(reader(reader, "en"))))
            .andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void aNoticeMayOnlyLinkToAPageOfTheApplication() {
        for (String link : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "settings",
            "/ok\r\nLocation: https://evil.example", "/plans/{id}")) {
            assertThatThrownBy(() -> notifier.send(Notice.of(reader, "account.password-changed", link)))
                .as(link).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Long.class, reader))
            .isZero();
    }

    @Test
    void aBadLinkStoredBeforeTheRuleExistedStillRedirectsInsideTheApplication() throws Exception {
        long id = jdbc.queryForObject("""
            insert into notification (recipient_id, kind, link, created_at) values (?, 'x.y', '//evil.example', now())
            returning id""", Long.class, reader);

        mvc.perform(get("/inbox/" + id).with(user(reader(reader, "en")))).andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void aDeduplicationKeySentTwiceGivesOneNotice() {
        String key = Fixtures.unique("reminder");
        Notice reminder = Notice.of(reader, "account.password-changed", "/settings", CHANGED_ON).once(key);

        assertThat(notifier.send(reminder)).isTrue();
        assertThat(notifier.send(reminder)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Long.class, key))
            .isEqualTo(1);
    }

    @Test
    void theHeaderBadgeCountsUnreadNotices() throws Exception {
        assertThat(badge(reader)).isEmpty();
        for (int i = 0; i < 3; i++) {
            notifier.send(Notice.of(reader, "account.password-changed", "/settings", CHANGED_ON));
        }
        assertThat(badge(reader)).isEqualTo("3 3 unread");

        mvc.perform(post("/inbox/read").with(user(reader(reader, "en"))).with(csrf()))
            .andExpect(redirectedUrl("/inbox"));
        assertThat(badge(reader)).isEmpty();
        assertThat(inbox(reader(reader, "en")).select("#unread-summary").text()).isEqualTo("You are all caught up.");
    }

    @Test
    void theBadgeSaysNinetyNinePlusBeyondNinetyNine() throws Exception {
        jdbc.update("""
            insert into notification (recipient_id, kind, created_at)
            select ?, 'account.password-changed', now() from generate_series(1, 120)""", reader);

        assertThat(badge(reader)).isEqualTo("99+ 120 unread");
    }

    @Test
    void theLayoutLoadsTheBadgeForEmployeesOnly() throws Exception {
        String page = mvc.perform(get("/settings").with(user(reader(reader, "en")))).andReturn().getResponse()
            .getContentAsString();
        Element bell = Jsoup.parse(page).selectFirst("#inbox-link");
        assertThat(bell).isNotNull();
        assertThat(bell.attr("href")).isEqualTo("/inbox");
        assertThat(bell.selectFirst("[hx-get]").attr("hx-get")).isEqualTo("/inbox/unread-count");

        String admin = mvc.perform(get("/settings").with(user(Fixtures.user(null, Role.ADMIN)))).andReturn()
            .getResponse().getContentAsString();
        assertThat(Jsoup.parse(admin).select("#inbox-link")).isEmpty();
    }

    @Test
    void theInboxIsPagedTwentyAtATime() throws Exception {
        jdbc.update("""
            insert into notification (recipient_id, kind, arguments, created_at)
            select ?, 'account.password-changed', jsonb_build_array(jsonb_build_object('d', '2026-01-01')),
                   now() - make_interval(mins => i)
              from generate_series(1, 25) i""", reader);

        assertThat(inbox(reader(reader, "en")).select(".pw-inbox li")).hasSize(20);
        Document second = Jsoup.parse(mvc.perform(get("/inbox").param("page", "1").with(user(reader(reader, "en"))))
            .andReturn().getResponse().getContentAsString());
        assertThat(second.select(".pw-inbox li")).hasSize(5);
    }

    private String badge(long employee) throws Exception {
        String fragment = mvc.perform(get("/inbox/unread-count").with(user(reader(employee, "en"))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(fragment).select("#unread-count").text();
    }

    private Document inbox(PathwiseUser as) throws Exception {
        return Jsoup.parse(mvc.perform(get("/inbox").with(user(as))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
    }

    private long latestNotice() {
        return jdbc.queryForObject("select max(id) from notification where recipient_id = ?", Long.class, reader);
    }

    static PathwiseUser reader(long employee, String language) {
        return new PathwiseUser(-1, employee, "reader@test.example.com", "Inbox Reader", Set.of(Role.EMPLOYEE),
            language, "", true);
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
