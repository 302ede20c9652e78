package app.pathwise.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Stores each notice in the recipient's inbox; a repeated deduplication key is ignored. */
@Service
class InboxNotifier implements Notifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InboxNotifier(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean send(Notice notice) {
        int stored = jdbc.update("""
            insert into notification (recipient_id, kind, arguments, link, dedup_key, created_at)
            values (?, ?, cast(? as jsonb), ?, ?, ?)
            on conflict (dedup_key) do nothing
            """, notice.recipientId(), notice.kind(), encode(notice), notice.link(), notice.dedupKey(),
            Timestamp.from(clock.instant()));
        return stored == 1;
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
