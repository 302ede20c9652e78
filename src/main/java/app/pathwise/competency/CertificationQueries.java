package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the certification catalogue and who holds what. A certification is held on a day when it
 * was earned on or before that day and expires on or after it (or never). One statement per method.
 */
@Service
public class CertificationQueries {

    private static final String VALID_ON = " ec.earned_on <= ? and (ec.expires_on is null or ec.expires_on >= ?) ";

    private static final String EARNED_COLUMNS = """
        select ec.id, ec.employee_id, e.employee_number, e.full_name, ec.certification_id, c.code,
               c.name_en, c.name_vi, c.name_zh, c.issuer, ec.earned_on, ec.expires_on, ec.evidence
          from employee_certification ec
          join certification c on c.id = ec.certification_id
          join employee e on e.id = ec.employee_id
        """;

    private final JdbcTemplate jdbc;

    CertificationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The catalogue, by English name. */
    public List<CertificationView> catalogue() {
        return jdbc.query("select * from certification order by lower(name_en), id", (rs, n) -> certification(rs));
    }

    /** The catalogue with the number of people holding each certification on the day. */
    public List<CertificationRow> catalogueWithHolders(LocalDate on) {
        return jdbc.query("""
            select c.*, (select count(distinct ec.employee_id) from employee_certification ec
                          where ec.certification_id = c.id and""" + VALID_ON + """
                        ) as holders
              from certification c order by lower(c.name_en), c.id
            """, (rs, n) -> new CertificationRow(certification(rs), rs.getLong("holders")), Date.valueOf(on),
            Date.valueOf(on));
    }

    public Optional<CertificationView> certification(long id) {
        return jdbc.query("select * from certification where id = ?", (rs, n) -> certification(rs), id)
            .stream().findFirst();
    }

    /** The certifications the employee holds on the day, each once (the latest expiry), by name. */
    public List<HeldCertification> heldBy(long employeeId, LocalDate on) {
        return jdbc.query("""
            select c.id, c.code, c.name_en, c.name_vi, c.name_zh, max(ec.earned_on) as earned_on,
                   case when bool_or(ec.expires_on is null) then null else max(ec.expires_on) end as expires_on
              from employee_certification ec join certification c on c.id = ec.certification_id
             where ec.employee_id = ? and""" + VALID_ON + """
             group by c.id order by lower(c.name_en), c.id
            """, (rs, n) -> new HeldCertification(rs.getLong("id"), rs.getString("code"),
            LocalizedText.from(rs, "name"), rs.getObject("earned_on", LocalDate.class),
            rs.getObject("expires_on", LocalDate.class)), employeeId, Date.valueOf(on), Date.valueOf(on));
    }

    /** For many employees at once: the ids of the certifications each holds on the day. */
    public Map<Long, Set<Long>> heldBy(Collection<Long> employeeIds, LocalDate on) {
        Map<Long, Set<Long>> held = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return held;
        }
        jdbc.query("select distinct ec.employee_id, ec.certification_id from employee_certification ec"
                + " where ec.employee_id = any(?) and" + VALID_ON,
            ps -> {
                ps.setArray(1, ps.getConnection().createArrayOf("bigint", employeeIds.toArray()));
                ps.setDate(2, Date.valueOf(on));
                ps.setDate(3, Date.valueOf(on));
            },
            rs -> {
                held.computeIfAbsent(rs.getLong(1), id -> new LinkedHashSet<>()).add(rs.getLong(2));
            });
        return held;
    }

    /** Every certification record of the employee, valid or expired, the latest first. */
    public List<EarnedCertificationView> recordsOf(long employeeId) {
        return jdbc.query(EARNED_COLUMNS + " where ec.employee_id = ? order by ec.earned_on desc, ec.id desc",
            (rs, n) -> earned(rs), employeeId);
    }

    /** Everyone who earned the certification, valid or expired, by name. */
    public List<EarnedCertificationView> holdersOf(long certificationId) {
        return jdbc.query(EARNED_COLUMNS + " where ec.certification_id = ? order by lower(e.full_name), ec.earned_on desc",
            (rs, n) -> earned(rs), certificationId);
    }

    private static CertificationView certification(ResultSet rs) throws SQLException {
        return new CertificationView(rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"),
            rs.getString("issuer"), (Integer) rs.getObject("validity_months"), rs.getLong("version"));
    }

    private static EarnedCertificationView earned(ResultSet rs) throws SQLException {
        return new EarnedCertificationView(rs.getLong("id"), rs.getLong("employee_id"),
            rs.getString("employee_number"), rs.getString("full_name"), rs.getLong("certification_id"),
            rs.getString("code"), LocalizedText.from(rs, "name"), rs.getString("issuer"),
            rs.getObject("earned_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class),
            rs.getString("evidence"));
    }
}
