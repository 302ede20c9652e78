package app.pathwise.people;

import app.pathwise.shared.PageView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The directory: who is on a page ({@link #find}, one statement whatever the size of the organisation), and
 * the lines that show them ({@link #rows}, one statement).
 *
 * <p>Browsing lists people by name on the covering name index (V39), walked in name order and filtered
 * there without reading the table.
 *
 * <p>A search lists first the people whose name starts with the text ("nguyen" finds Nguyễn Văn An
 * before Trần Nguyên), ordered by their name without diacritics, then everyone else whose name, e-mail
 * or number contains it, by name. The first group is a range of the prefix index (V44) and is read only
 * up to the page shown; the second, on the trigram index, is read only when the first does not fill the
 * page, and counted only when the first has fewer matches than the count's limit. A search for a common
 * family name thus reads a few dozen index entries instead of walking thousands. The database function
 * {@code directory_search} (V48) runs these steps, planning once what does not depend on the text.
 */
@Component
public class DirectorySearch {

    /**
     * The directory counts at most this many matches (or up to the page shown, if further): twenty pages,
     * past which the number says no more than that the search is broad. Counting is most of a broad
     * search's database time (ADR 0019).
     */
    public static final int COUNT_LIMIT = 500;

    private final NamedParameterJdbcTemplate jdbc;

    DirectorySearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who is on a page of the directory, with the people generation read in the same statement. The count
     * stops after {@link #COUNT_LIMIT} matches, or after the rows up to this page if more.
     */
    public DirectoryPage find(DirectoryFilter filter, int page, int size) {
        long offset = (long) page * size;
        long cap = Math.max(COUNT_LIMIT, offset + size);
        String text = SearchText.normalise(filter.query());
        MapSqlParameterSource params = new MapSqlParameterSource()
            .addValue("from", text.isEmpty() ? null : text)
            .addValue("to", text.isEmpty() ? null : following(text))
            .addValue("containing", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
            .addValue("department", filter.departmentId())
            .addValue("status", filter.status() == null ? null : filter.status().name())
            .addValue("inactive", filter.includeInactive())
            .addValue("offset", offset)
            .addValue("size", size)
            .addValue("cap", cap);
        long[] generationAndTotal = new long[2];
        List<Long> ids = new ArrayList<>(size);
        jdbc.query("""
            select g.generation, s.total, s.id
              from content_generation g
             cross join lateral directory_search(cast(:from as text), cast(:to as text), cast(:containing as text),
                   cast(:department as bigint), cast(:status as text), :inactive, :offset, :size, :cap) s
             where g.name = 'people'
             order by s.ordinal
            """, params, rs -> {
                generationAndTotal[0] = rs.getLong("generation");
                generationAndTotal[1] = rs.getLong("total");
                long id = rs.getLong("id");
                if (!rs.wasNull()) {
                    ids.add(id);
                }
            });
        long total = generationAndTotal[1];
        return new DirectoryPage(generationAndTotal[0], new PageView<>(ids, page, size, total), total > cap);
    }

    /** The directory's lines of these people, by id; one statement. */
    public Map<Long, EmployeeRow> rows(Collection<Long> ids) {
        Map<Long, EmployeeRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.query("""
            select e.id, e.employee_number, e.full_name, e.work_email, d.name as department_name,
                   t.name as job_title_name, m.full_name as manager_name, e.status
              from employee e
              left join department d on d.id = e.department_id
              left join job_title t on t.id = e.job_title_id
              left join employee m on m.id = e.manager_id
             where e.id = any(:ids)
            """, new MapSqlParameterSource("ids", new SqlArrayValue("bigint", ids.toArray())), rs -> {
                EmployeeRow row = toRow(rs);
                rows.put(row.id(), row);
            });
        return rows;
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

    private static EmployeeRow toRow(ResultSet rs) throws SQLException {
        return new EmployeeRow(rs.getLong("id"), rs.getString("employee_number"), rs.getString("full_name"),
            rs.getString("work_email"), rs.getString("department_name"), rs.getString("job_title_name"),
            rs.getString("manager_name"), EmploymentStatus.valueOf(rs.getString("status")));
    }
}
