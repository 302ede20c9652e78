package app.pathwise.careerpath;

import java.time.Instant;

/** One published (or since retired) version of a path: "what changed and when". */
public record ExplorerChange(int number, String status, Instant publishedAt, Instant retiredAt, String changeNote) {

    public boolean current() {
        return "PUBLISHED".equals(status);
    }
}
