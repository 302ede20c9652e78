package app.pathwise.bench;

import app.pathwise.shared.sql.StatementCounter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /bench/fortunes}: the TechEmpower Fortunes test (one query, one row added in memory, sort,
 * escaped template), the yardstick our pages are compared with. {@code /bench/statements}: the SQL
 * statements executed since start, read before and after one request of a page. Neither endpoint
 * exists outside the {@code bench} profile.
 */
@Controller
@Profile("bench")
class BenchController {

    static final String ADDED_MESSAGE = "Additional fortune added at request time.";

    private final JdbcTemplate jdbc;

    BenchController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/bench/fortunes")
    String showFortunes(Model model) {
        List<Fortune> fortunes = new ArrayList<>(jdbc.query("select id, message from fortune",
            (row, n) -> new Fortune(row.getInt(1), row.getString(2))));
        fortunes.add(new Fortune(0, ADDED_MESSAGE));
        fortunes.sort(Comparator.comparing(Fortune::message));
        model.addAttribute("fortunes", fortunes);
        return "bench/fortunes";
    }

    @GetMapping(value = "/bench/statements", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String showStatementCount() {
        return Long.toString(StatementCounter.total());
    }
}
