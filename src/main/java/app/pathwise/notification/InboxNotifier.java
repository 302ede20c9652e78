package app.pathwise.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Stores each notice in the recipient's inbox and, when e-mail is configured and the recipient wants
 * it, queues its e-mail copy in the outbox: one SQL statement, in the caller's transaction. A
 * repeated deduplication key is ignored, e-mail included.
 */
@Service
class InboxNotifier implements Notifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /*
     * The address is the account's e-mail, else the work e-mail; the language the account's, else
     * the employee's preferred one. No mail for a disabled account, an account that turned e-mail
     * off, or someone who has left (status INACTIVE).
     */
    private static final String STORE_AND_QUEUE = """
        with stored as (
            insert into notification (recipient_id, kind, arguments, link, dedup_key, created_at)
            values (?, ?, cast(? as jsonb), ?, ?, ?)
            on conflict (dedup_key) do nothing
            returning id, recipient_id, created_at
        ), queued as (
            insert into mail_outbox (notification_id, recipient_address, language, created_at, next_attempt_at)
            select s.id, coalesce(a.email, e.work_email), coalesce(a.language, e.preferred_language),
                   s.created_at, s.created_at
              from stored s
              join employee e on e.id = s.recipient_id
              left join account a on a.employee_id = e.id
             where cast(? as boolean)
               and e.status <> 'INACTIVE'
               and coalesce(a.enabled and a.email_notifications, true)
            returning id
        )
        select count(*) from stored
        """;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MailOutbox outbox;

    InboxNotifier(JdbcTemplate jdbc, Clock clock, MailOutbox outbox) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public boolean send(Notice notice) {
        if (notice.link() != null && !NoticeLinks.isApplicationPath(notice.link())) {
            throw new IllegalArgumentException("a notice links to an application path starting with /: "
                + notice.link());
        }
        Long stored = jdbc.queryForObject(STORE_AND_QUEUE, Long.class, notice.recipientId(), notice.kind(),
            encode(notice), notice.link(), notice.dedupKey(), Timestamp.from(clock.instant()), outbox.enabled());
        return stored != null && stored == 1;
    }

    /** Arguments as [{"s": "text"}, {"n": 3}, {"d": "2026-12-01"}], so dates can be formatted per reader. */
    static String encode(Notice notice) {
        ArrayNode array = JSON.createArrayNode();
        for (Object argument : notice.arguments()) {
            if (argument instanceof LocalDate date) {
                array.addObject().put("d", date.toString());
            }
            else if (argument instanceof Number number) {
                array.addObject().put("n", number.toString());
            }
            else {
                array.addObject().put("s", String.valueOf(argument));
            }
        }
        return JSON.writeValueAsString(array);
    }
}
