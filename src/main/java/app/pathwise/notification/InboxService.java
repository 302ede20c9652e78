package app.pathwise.notification;

import app.pathwise.notification.NoticeTexts.Text;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.PageView;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does with their inbox. Every method takes the reader's employee id and touches
 * only their own notices; someone else's notice answers {@link NotFoundException}.
 */
@Service
public class InboxService {

    private final JdbcTemplate jdbc;
    private final NoticeTexts texts;
    private final Clock clock;

    InboxService(JdbcTemplate jdbc, NoticeTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * One page of the reader's notices, newest first, in the reader's language (dates and numbers in
     * the texts formatted for it), with the unread count; two statements.
     */
    public InboxPage listNotices(long employeeId, int page, int size, Locale locale) {
        long[] counts = jdbc.queryForObject("""
            select count(*), count(*) filter (where read_at is null) from notification where recipient_id = ?
            """, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, employeeId);
        List<NoticeView> rows = jdbc.query("""
            select id, kind, arguments::text as arguments, link, created_at, read_at is not null as read
              from notification
             where recipient_id = ?
             order by created_at desc, id desc
             limit ? offset ?
            """, (rs, n) -> {
            Text text = texts.render(rs.getString("kind"), rs.getString("arguments"), locale);
            return new NoticeView(rs.getLong("id"), text.title(), text.body(), rs.getString("link") != null,
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"));
        }, employeeId, size, (long) page * size);
        return new InboxPage(new PageView<>(rows, page, size, counts[0]), counts[1]);
    }

    /** How many of the reader's notices are unread; one statement on the partial unread index. */
    public long countUnread(long employeeId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and read_at is null",
            Long.class, employeeId);
    }

    /**
     * Marks the reader's notice read and returns the application path it is about (the inbox when it
     * has none); one statement.
     */
    @Transactional
    public String openNotice(long employeeId, long noticeId) {
        List<String> links = jdbc.query("""
            update notification set read_at = coalesce(read_at, ?)
             where id = ? and recipient_id = ?
            returning coalesce(link, '')
            """, (rs, n) -> rs.getString(1), Timestamp.from(clock.instant()), noticeId, employeeId);
        if (links.isEmpty()) {
            throw new NotFoundException();
        }
        return NoticeLinks.target(links.get(0));
    }

    /** Marks all of the reader's notices read; returns how many were unread. */
    @Transactional
    public int markAllRead(long employeeId) {
        return jdbc.update("update notification set read_at = ? where recipient_id = ? and read_at is null",
            Timestamp.from(clock.instant()), employeeId);
    }
}
