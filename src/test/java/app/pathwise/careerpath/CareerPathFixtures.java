package app.pathwise.careerpath;

import app.pathwise.people.SearchText;
import app.pathwise.support.Fixtures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds career-path data straight in SQL for tests, with unique codes and names, so tests share the
 * database with the demo data and each other. {@link #world()} makes a small framework: a family
 * with a published specialist path of four levels (a retired first version before it and a submitted
 * third version after it), a published management path, a path that exists only as a draft, lateral
 * moves (one to the draft, which must stay hidden) and job titles tied to levels.
 */
public final class CareerPathFixtures {

    private final JdbcTemplate jdbc;

    public CareerPathFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A suffix that makes names unique and is still a plain word for searching. */
    public static String tag() {
        return Fixtures.unique("q").replace("-", "").toLowerCase(Locale.ROOT);
    }

    public long family(String name) {
        return jdbc.queryForObject("insert into job_family (code, name_en, name_vi, position) values (?, ?, ?, 900)"
            + " returning id", Long.class, Fixtures.unique("F"), name, name + " (vi)");
    }

    /** A competency of the GENERAL group, with behaviours described for every level of the scale. */
    public long competency(String nameEn, String nameVi) {
        long id = jdbc.queryForObject("""
            insert into competency (code, group_id, name_en, name_vi) values (?, (select id from competency_group
             where code = 'GENERAL'), ?, ?) returning id
            """, Long.class, Fixtures.unique("C"), nameEn, nameVi);
        for (int level = 1; level <= 5; level++) {
            jdbc.update("insert into competency_indicator (competency_id, level, behaviours_en, behaviours_vi)"
                + " values (?, ?, ?, ?)", id, level, nameEn + " behaviour at level " + level,
                nameVi + " hành vi mức " + level);
        }
        return id;
    }

    public long certification(String name, Integer validityMonths) {
        return jdbc.queryForObject("insert into certification (code, name_en, issuer, validity_months)"
            + " values (?, ?, 'Test Issuer', ?) returning id", Long.class, Fixtures.unique("X"), name, validityMonths);
    }

    public long jobTitle(String name) {
        return jdbc.queryForObject("insert into job_title (code, name) values (?, ?) returning id", Long.class,
            Fixtures.unique("J"), name);
    }

    public long path(long familyId, String track) {
        return jdbc.queryForObject("insert into career_path (job_family_id, code, track) values (?, ?, ?) returning id",
            Long.class, familyId, Fixtures.unique("P"), track);
    }

    public long version(long pathId, int number, String status, String name, String changeNote) {
        Instant published = switch (status) {
            case "PUBLISHED" -> Instant.parse("2026-03-01T09:00:00Z").plusSeconds(number * 86_400L);
            case "RETIRED" -> Instant.parse("2025-01-15T09:00:00Z").plusSeconds(number * 86_400L);
            default -> null;
        };
        Timestamp retired = "RETIRED".equals(status) ? Timestamp.from(Instant.parse("2026-03-01T09:00:00Z")) : null;
        return jdbc.queryForObject("""
            insert into career_path_version (path_id, number, status, name_en, name_vi, description_en, change_note,
                                             published_at, retired_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """, Long.class, pathId, number, status, name, name + " (vi)", "About " + name, changeNote,
            published == null ? null : Timestamp.from(published), retired);
    }

    public long level(long versionId, String code, int position, String titleEn, String titleVi, int minYears) {
        return jdbc.queryForObject("""
            insert into career_level (path_version_id, code, position, title_en, title_vi, title_zh, summary_en,
                                      responsibilities_en, education_en, min_years_experience, search_text)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """, Long.class, versionId, code, position, titleEn, titleVi, titleEn + " 级", "Summary of " + titleEn,
            "Responsibilities of " + titleEn, position > 2 ? "Bachelor degree" : null, minYears,
            SearchText.normalise(titleEn + " " + titleVi + " " + titleEn + " 级"));
    }

    public void require(long levelId, long competencyId, int requiredLevel) {
        jdbc.update("insert into level_competency (level_id, competency_id, required_level) values (?, ?, ?)", levelId,
            competencyId, requiredLevel);
    }

    public void requireCertification(long levelId, long certificationId) {
        jdbc.update("insert into level_certification (level_id, certification_id) values (?, ?)", levelId,
            certificationId);
    }

    public void tie(long levelId, long jobTitleId) {
        jdbc.update("insert into level_job_title (level_id, job_title_id) values (?, ?)", levelId, jobTitleId);
    }

    public void move(long fromLevelId, long toPathId, String toLevelCode, String note) {
        jdbc.update("insert into level_move (level_id, to_path_id, to_level_code, note_en, note_vi) values (?, ?, ?, ?, ?)",
            fromLevelId, toPathId, toLevelCode, note, note + " (vi)");
    }

    public void giveJobTitle(long employeeId, long jobTitleId) {
        jdbc.update("update employee set job_title_id = ? where id = ?", jobTitleId, employeeId);
    }

    public void holdCertification(long employeeId, long certificationId, LocalDate earnedOn, LocalDate expiresOn) {
        jdbc.update("insert into employee_certification (employee_id, certification_id, earned_on, expires_on)"
            + " values (?, ?, ?, ?)", employeeId, certificationId, Date.valueOf(earnedOn),
            expiresOn == null ? null : Date.valueOf(expiresOn));
    }

    /** A rating stored directly (tests of reading; the assessment flow goes through the pages). */
    public void rate(long employeeId, long competencyId, int level, String kind, Long raterId) {
        jdbc.update("insert into competency_rating (employee_id, competency_id, level, rater_kind, rater_employee_id)"
            + " values (?, ?, ?, ?, ?)", employeeId, competencyId, level, kind, raterId);
    }

    /** The small framework described on the class, with unique names ending in {@link World#tag()}. */
    public World world() {
        String t = tag();
        long family = family("Engineering " + t);
        long coding = competency("Coding " + t, "Lập trình " + t);
        long design = competency("Design " + t, "Thiết kế " + t);
        long mentoring = competency("Mentoring " + t, "Hướng dẫn " + t);
        long negotiation = competency("Negotiation " + t, "Đàm phán " + t);
        long stakeholders = competency("Stakeholder care " + t, "Chăm sóc các bên " + t);
        long cloudCert = certification("Cloud Architect " + t, 24);

        long specialist = path(family, "SPECIALIST");
        long retired = version(specialist, 1, "RETIRED", "Old engineering ladder " + t, "First version.");
        level(retired, "E1", 1, "Old Junior " + t, "Cũ " + t, 0);
        long published = version(specialist, 2, "PUBLISHED", "Software engineering " + t, "Added a principal level.");
        long e1 = level(published, "E1", 1, "Engineer One " + t, "Kỹ sư bậc một " + t, 0);
        long e2 = level(published, "E2", 2, "Engineer Two " + t, "Kỹ sư bậc hai " + t, 2);
        long e3 = level(published, "E3", 3, "Senior Engineer " + t, "Kỹ sư cấp cao " + t, 4);
        long e4 = level(published, "E4", 4, "Principal Engineer " + t, "Kỹ sư trưởng " + t, 8);
        require(e1, coding, 2);
        require(e1, design, 1);
        require(e2, coding, 3);
        require(e2, design, 2);
        require(e2, mentoring, 1);
        require(e3, coding, 4);
        require(e3, design, 3);
        require(e3, mentoring, 2);
        requireCertification(e3, cloudCert);
        require(e4, coding, 5);
        require(e4, design, 4);
        require(e4, mentoring, 3);
        requireCertification(e4, cloudCert);
        long submitted = version(specialist, 3, "SUBMITTED", "Software engineering next " + t, "Waiting for approval.");
        long hiddenSubmitted = level(submitted, "E5", 5, "Hidden Submitted Level " + t, "Ẩn " + t, 10);
        require(hiddenSubmitted, negotiation, 4);

        long management = path(family, "MANAGEMENT");
        long managementVersion = version(management, 1, "PUBLISHED", "Engineering management " + t, "First version.");
        long m1 = level(managementVersion, "M1", 1, "Team Lead " + t, "Trưởng nhóm " + t, 3);
        long m2 = level(managementVersion, "M2", 2, "Engineering Manager " + t, "Quản lý kỹ thuật " + t, 5);
        long m3 = level(managementVersion, "M3", 3, "Director " + t, "Giám đốc " + t, 10);
        require(m1, mentoring, 3);
        require(m1, stakeholders, 2);
        require(m2, mentoring, 4);
        require(m2, stakeholders, 3);
        require(m3, stakeholders, 4);

        long draftPath = path(family, "GENERAL");
        long draft = version(draftPath, 1, "DRAFT", "Secret draft path " + t, null);
        long draftLevel = level(draft, "D1", 1, "Secret Draft Level " + t, "Bí mật " + t, 1);
        require(draftLevel, negotiation, 3);

        move(e3, management, "M1", "Lead a team of two first.");
        move(e2, draftPath, "D1", "A move into a draft.");

        long titleE1 = jobTitle("Engineer One " + t);
        long titleE2 = jobTitle("Engineer Two " + t);
        long titleE3 = jobTitle("Senior Engineer " + t);
        long titleE4 = jobTitle("Principal Engineer " + t);
        long titleM1 = jobTitle("Team Lead " + t);
        long titleM2 = jobTitle("Engineering Manager " + t);
        long titleDraft = jobTitle("Draft Only " + t);
        tie(e1, titleE1);
        tie(e2, titleE2);
        tie(e3, titleE3);
        tie(e4, titleE4);
        tie(m1, titleM1);
        tie(m2, titleM2);
        tie(hiddenSubmitted, titleE2);
        tie(draftLevel, titleDraft);
        return new World(t, family, specialist, management, draftPath, published, submitted, new long[] {e1, e2, e3, e4},
            new long[] {m1, m2, m3}, hiddenSubmitted, draftLevel, coding, design, mentoring, negotiation, stakeholders,
            cloudCert, new long[] {titleE1, titleE2, titleE3, titleE4}, titleM1, titleM2, titleDraft);
    }

    /** The ids {@link #world()} made. {@code levels[0]} is position 1 of the published specialist version. */
    public record World(String tag, long family, long specialistPath, long managementPath, long draftPath,
                        long publishedVersion, long submittedVersion, long[] levels, long[] managementLevels,
                        long submittedLevel, long draftLevel, long coding, long design, long mentoring,
                        long negotiation, long stakeholders, long cloudCertification, long[] titles, long teamLeadTitle,
                        long managerTitle, long draftTitle) {
    }
}
