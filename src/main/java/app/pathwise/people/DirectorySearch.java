package app.pathwise.people;

import app.pathwise.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory: two statements per page (count and rows) whatever the size of the organisation.
 *
 * <p>Browsing lists people by name on the covering name index (V39), walked in name order and filtered
 * there without reading the table; only the page's rows are then read and joined.
 *
 * <p>A search lists first the people whose name starts with the text ("nguyen" finds Nguyễn Văn An
 * before Trần Nguyên), ordered by their name without diacritics, then everyone else whose name, e-mail
 * or number contains it, by name. The first group is a range of the prefix index (V44) and is read only
 * up to the page shown; the second, on the trigram index, is read only when the first does not fill the
 * page, and counted only when the first has fewer matches than the count's limit. A search for a common
 * family name thus reads a few dozen index entries instead of walking thousands.
 */
@Component
public class DirectorySearch {

    /** The directory counts at most this many matches (or up to the page shown, if further). */
    public static final int COUNT_LIMIT = 1000;

    // "starts with" as a range of code points (byte order in UTF-8): planned as a range of the index even
    // when the database plans the statement once for any text
    private static final String STARTS = "e.search_text collate \"C\" >= :from and e.search_text collate \"C\" < :to";
    private static final String STARTING = " and " + STARTS;
    private static final String ELSEWHERE = " and e.search_text like :text and not (" + STARTS + ")";
    private static final String ROWS = """
        select e.id, e.employee_number, e.full_name, e.work_email, d.name as department_name,
               t.name as job_title_name, m.full_name as manager_name, e.status
          from page p join employee e on e.id = p.id
          left join department d on d.id = e.department_id
          left join job_title t on t.id = e.job_title_id
          left join employee m on m.id = e.manager_id
        """;

    private final NamedParameterJdbcTemplate jdbc;

    DirectorySearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the directory. The count stops after {@link #COUNT_LIMIT} matches, or after the rows up to
     * this page if more. Page sizes, offsets and limits are written into the statements as numbers: as
     * parameters, the database could not plan them once and re-planned the statements on every request.
     */
    public DirectoryPage search(DirectoryFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String filters = filters(filter, params);
        long cap = Math.max(COUNT_LIMIT, (long) (page + 1) * size);
        long offset = (long) page * size;
        String text = SearchText.normalise(filter.query());
        if (text.isEmpty()) {
            long counted = jdbc.queryForObject("select count(*) from (select 1 from employee e where " + filters
                + " limit " + (cap + 1) + ") matching", params, Long.class);
            List<EmployeeRow> rows = jdbc.query("""
                with page as (
                    select e.id, e.full_name from employee e where %s
                     order by e.full_name, e.id limit %d offset %d
                )
                %s order by p.full_name, p.id
                """.formatted(filters, size, offset, ROWS), params, DirectorySearch::toRow);
            return new DirectoryPage(new PageView<>(rows, page, size, counted), counted > cap);
        }
        params.put("from", text);
        params.put("to", following(text));
        params.put("text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        long[] counts = jdbc.queryForObject("""
            select s.n as starting,
                   case when s.n > %1$d then 0
                        else (select count(*) from (select 1 from employee e where %2$s limit %3$d) elsewhere) end
                     as elsewhere
              from (select count(*) as n from (select 1 from employee e where %4$s limit %3$d) starting) s
            """.formatted(cap, filters + ELSEWHERE, cap + 1, filters + STARTING), params,
            (rs, n) -> new long[] {rs.getLong("starting"), rs.getLong("elsewhere")});
        long counted = Math.min(cap + 1, counts[0] + counts[1]);
        long upToPage = offset + size;
        // the second group only for what the first leaves of the page: a limit of 0 is never run. A
        // parameter, as it depends on the data: one statement per page, planned for each text anyway
        params.put("elsewhere", Math.max(0, upToPage - counts[0]));
        List<EmployeeRow> rows = jdbc.query("""
            with starting as (
                select e.id, e.search_text collate "C" as sort_key from employee e where %s
                 order by e.search_text collate "C", e.id limit %d
            ), elsewhere as (
                select e.id, e.full_name as sort_key from employee e where %s
                 order by e.full_name, e.id limit :elsewhere
            ), page as (
                select id, 1 as tier, row_number() over (order by sort_key, id) as n from starting
                union all
                select id, 2, row_number() over (order by sort_key, id) from elsewhere
                order by tier, n limit %d offset %d
            )
            %s order by p.tier, p.n
            """.formatted(filters + STARTING, upToPage, filters + ELSEWHERE, size, offset, ROWS),
            params, DirectorySearch::toRow);
        return new DirectoryPage(new PageView<>(rows, page, size, counted), counted > cap);
    }

    /** The first text after every text that starts with {@code text}: its last character moved one on. */
    static String following(String text) {
        if (text.isEmpty()) {
            return Character.toString(Character.MAX_CODE_POINT).repeat(2);
        }
        int last = text.codePointBefore(text.length());
        String before = text.substring(0, text.length() - Character.charCount(last));
        if (last == Character.MAX_CODE_POINT) {
            return following(before);
        }
        return before + Character.toString(last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1);
    }

    private static String filters(DirectoryFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.departmentId() != null) {
            where.append(" and e.department_id = :department");
            params.put("department", filter.departmentId());
        }
        if (filter.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", filter.status().name());
        } else if (!filter.includeInactive()) {
            where.append(" and e.status <> 'INACTIVE'");
        }
        return where.toString();
    }

    private static EmployeeRow toRow(ResultSet rs, int n) throws SQLException {
        return new EmployeeRow(rs.getLong("id"), rs.getString("employee_number"), rs.getString("full_name"),
            rs.getString("work_email"), rs.getString("department_name"), rs.getString("job_title_name"),
            rs.getString("manager_name"), EmploymentStatus.valueOf(rs.getString("status")));
    }
}
