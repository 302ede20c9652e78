package app.pathwise.demo;

import app.pathwise.demo.DemoAssessments.EarnedCertification;
import app.pathwise.demo.DemoAssessments.Rating;
import app.pathwise.demo.DemoFramework.Certification;
import app.pathwise.demo.DemoFramework.Competency;
import app.pathwise.demo.DemoFramework.Family;
import app.pathwise.demo.DemoFramework.Level;
import app.pathwise.demo.DemoFramework.Move;
import app.pathwise.demo.DemoFramework.Path;
import app.pathwise.demo.DemoFramework.Status;
import app.pathwise.demo.DemoFramework.Text;
import app.pathwise.demo.DemoFramework.Timeline;
import app.pathwise.demo.DemoFramework.Version;
import app.pathwise.demo.DemoOrganisationWriter.Written;
import app.pathwise.people.SearchText;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the demo framework, the career paths, the certifications people hold and their ratings
 * straight into the competency and career-path tables, in the organisation's transaction. Catalogue
 * rows (competencies, certifications, families, paths) that already exist with the same code are
 * kept as they are and not filled in again; versions and levels take their ids here. Ratings, the
 * bulk at 50,000 employees (some 450,000 rows), go in as column arrays, and from tens of thousands of
 * rows on with the table's foreign keys and secondary indexes rebuilt after the load rather than
 * checked row by row (see {@link DemoRows#withoutForeignKeysAndIndexes}).
 */
@Component
class DemoFrameworkWriter {

    private static final int[] TEXT3 = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};
    /** From this many ratings on (a company of some thousands) keys and indexes are rebuilt after the load. */
    private static final int BULK_ROWS = 50_000;

    private final JdbcTemplate jdbc;
    private final DemoRows rows;

    DemoFrameworkWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new DemoRows(jdbc);
    }

    /** What was written. */
    record Framework(int competencies, int certifications, int families, int paths, int versions, int levels,
                     int jobTitleTies, int moves, int ratings, int certificationsHeld) {
    }

    Framework write(DemoAssessments assessments, Written people, LocalDate today, ZoneId zone) {
        Clock clock = new Clock(today, zone);
        Map<String, Long> accounts = accountIds();
        Long hr = accounts.get(DemoAccounts.HR + "@" + WorkEmails.DOMAIN);
        Long executive = accounts.get(DemoAccounts.EXECUTIVE + "@" + WorkEmails.DOMAIN);

        Map<String, Long> competencies = writeCompetencies(clock);
        Map<String, Long> certifications = writeCertifications();
        Map<String, Long> families = writeFamilies();
        Map<String, Long> paths = writePaths(families, clock);
        int[] counts = writeVersions(paths, competencies, certifications, hr, executive, clock);

        List<Object[]> held = new ArrayList<>();
        for (EarnedCertification earned : assessments.certifications()) {
            Long certification = certifications.get(earned.certification());
            if (certification != null) {
                LocalDate recorded = earned.earnedOn().plusDays(3);
                recorded = recorded.isAfter(today) ? today : recorded;
                held.add(new Object[] {people.employeeId(earned.employee()), certification, earned.earnedOn(),
                    earned.expiresOn(), earned.evidence(), clock.at(recorded, 10)});
            }
        }
        rows.insert("employee_certification",
            List.of("employee_id", "certification_id", "earned_on", "expires_on", "evidence", "recorded_at"),
            new int[] {Types.BIGINT, Types.BIGINT, Types.DATE, Types.DATE, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE},
            held);

        List<Object[]> ratings = new ArrayList<>(assessments.ratings().size());
        for (Rating rating : assessments.ratings()) {
            Long competency = competencies.get(rating.competency());
            if (competency != null) {
                ratings.add(new Object[] {people.employeeId(rating.employee()), competency, rating.level(),
                    rating.kind(), people.employeeId(rating.rater()), rating.evidence(), rating.comment(),
                    rating.ratedAt()});
            }
        }
        Runnable load = () -> rows.insertArrays("competency_rating",
            List.of("employee_id", "competency_id", "level", "rater_kind", "rater_employee_id", "evidence", "comment",
                "rated_at"),
            List.of("bigint", "bigint", "integer", "varchar", "bigint", "varchar", "varchar", "timestamptz"),
            ratings);
        if (ratings.size() >= BULK_ROWS) {
            rows.withoutForeignKeysAndIndexes("competency_rating", load);
        } else {
            load.run();
        }
        return new Framework(competencies.size(), certifications.size(), families.size(), paths.size(), counts[0],
            counts[1], counts[2], counts[3], ratings.size(), held.size());
    }

    private Map<String, Long> writeCompetencies(Clock clock) {
        List<String> codes = DemoCompetencies.COMPETENCIES.stream().map(Competency::code).toList();
        Set<String> existing = rows.existingCodes("competency", codes);
        Map<String, Long> groups = rows.idsByCode("competency_group",
            List.of(DemoCompetencies.GENERAL, DemoCompetencies.PROFESSIONAL, DemoCompetencies.LEADERSHIP));
        OffsetDateTime created = clock.at(460, 10);
        List<Competency> fresh = DemoCompetencies.COMPETENCIES.stream()
            .filter(c -> !existing.contains(c.code()) && groups.containsKey(c.group()))
            .toList();
        rows.insert("competency",
            List.of("code", "group_id", "name_en", "name_vi", "name_zh", "description_en", "description_vi",
                "description_zh", "created_at", "updated_at"),
            types(new int[] {Types.VARCHAR, Types.BIGINT}, TEXT3, TEXT3,
                new int[] {Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE}),
            fresh.stream().map(c -> row(new Object[] {c.code(), groups.get(c.group())}, c.name(), c.description(),
                new Object[] {created, created})).toList(),
            " on conflict do nothing");
        Map<String, Long> ids = rows.idsByCode("competency", codes);
        Set<Integer> scale = new HashSet<>(jdbc.queryForList("select level from proficiency_level", Integer.class));
        List<Object[]> indicators = new ArrayList<>();
        for (Competency competency : fresh) {
            Long id = ids.get(competency.code());
            for (int level = 1; id != null && level <= competency.indicators().size(); level++) {
                if (scale.contains(level)) {
                    indicators.add(row(new Object[] {id, level}, competency.indicators().get(level - 1)));
                }
            }
        }
        rows.insert("competency_indicator",
            List.of("competency_id", "level", "behaviours_en", "behaviours_vi", "behaviours_zh"),
            types(new int[] {Types.BIGINT, Types.INTEGER}, TEXT3), indicators);
        return ids;
    }

    private Map<String, Long> writeCertifications() {
        List<String> codes = DemoCompetencies.CERTIFICATIONS.stream().map(Certification::code).toList();
        rows.insert("certification", List.of("code", "name_en", "name_vi", "name_zh", "issuer", "validity_months"),
            types(new int[] {Types.VARCHAR}, TEXT3, new int[] {Types.VARCHAR, Types.INTEGER}),
            DemoCompetencies.CERTIFICATIONS.stream().map(c -> row(new Object[] {c.code()}, c.name(),
                new Object[] {c.issuer(), c.validityMonths()})).toList(),
            " on conflict do nothing");
        return rows.idsByCode("certification", codes);
    }

    private Map<String, Long> writeFamilies() {
        List<Family> families = DemoCareerPaths.FAMILIES;
        List<Object[]> values = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            Family family = families.get(i);
            values.add(row(new Object[] {family.code()}, family.name(), family.description(), new Object[] {i + 1}));
        }
        rows.insert("job_family", List.of("code", "name_en", "name_vi", "name_zh", "description_en", "description_vi",
                "description_zh", "position"),
            types(new int[] {Types.VARCHAR}, TEXT3, TEXT3, new int[] {Types.INTEGER}), values,
            " on conflict do nothing");
        return rows.idsByCode("job_family", families.stream().map(Family::code).toList());
    }

    /** The paths this seeding creates (one that exists already keeps its versions and gets none of these). */
    private Map<String, Long> writePaths(Map<String, Long> families, Clock clock) {
        List<String> codes = DemoCareerPaths.PATHS.stream().map(Path::code).toList();
        Set<String> existing = rows.existingCodes("career_path", codes);
        Map<String, Integer> positions = new HashMap<>();
        List<Object[]> values = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (Path path : DemoCareerPaths.PATHS) {
            int position = positions.merge(path.family(), 1, Integer::sum);
            if (existing.contains(path.code()) || !families.containsKey(path.family())) {
                continue;
            }
            fresh.add(path.code());
            values.add(new Object[] {path.code(), families.get(path.family()), path.track(), position,
                clock.at(path.versions().get(0).timeline().created(), 10)});
        }
        rows.insert("career_path", List.of("code", "job_family_id", "track", "position", "created_at"),
            new int[] {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE},
            values, " on conflict do nothing");
        Map<String, Long> ids = rows.idsByCode("career_path", codes);
        ids.keySet().retainAll(fresh);
        return ids;
    }

    /** Versions, levels and everything hanging off levels; answers versions, levels, job-title ties, moves. */
    private int[] writeVersions(Map<String, Long> paths, Map<String, Long> competencies,
                                Map<String, Long> certifications, Long hr, Long executive, Clock clock) {
        Map<String, Long> allPaths = rows.idsByCode("career_path",
            DemoCareerPaths.PATHS.stream().map(Path::code).toList());
        Map<String, Long> titles = rows.idsByCode("job_title",
            DemoCatalogue.TITLES.stream().map(DemoCatalogue.Title::code).toList());
        long versionId = rows.nextId("career_path_version");
        long levelId = rows.nextId("career_level");
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> levels = new ArrayList<>();
        List<Object[]> requirements = new ArrayList<>();
        List<Object[]> levelCertifications = new ArrayList<>();
        List<Object[]> ties = new ArrayList<>();
        List<Object[]> moves = new ArrayList<>();
        for (Path path : DemoCareerPaths.PATHS) {
            Long pathId = paths.get(path.code());
            if (pathId == null) {
                continue;
            }
            for (Version version : path.versions()) {
                long id = versionId++;
                versions.add(versionRow(id, pathId, version, hr, executive, clock));
                Text name = version.name();
                for (int index = 0; index < version.levels().size(); index++) {
                    Level level = version.levels().get(index);
                    long levelKey = levelId++;
                    levels.add(row(new Object[] {levelKey, id, level.code(), index + 1}, level.title(),
                        level.summary(), level.responsibilities(), level.education(), new Object[] {level.minYears(),
                            SearchText.normalise(String.join(" ", level.title().en(), level.title().vi(),
                                level.title().zh(), name.en(), name.vi(), name.zh()))}));
                    version.requirementsAt(index).forEach((competency, required) -> {
                        if (competencies.containsKey(competency)) {
                            requirements.add(new Object[] {levelKey, competencies.get(competency), required});
                        }
                    });
                    for (String certification : level.certifications()) {
                        if (certifications.containsKey(certification)) {
                            levelCertifications.add(new Object[] {levelKey, certifications.get(certification)});
                        }
                    }
                    for (String title : level.jobTitles()) {
                        if (titles.containsKey(title)) {
                            ties.add(new Object[] {levelKey, titles.get(title)});
                        }
                    }
                    for (Move move : level.moves()) {
                        if (allPaths.containsKey(move.toPath())) {
                            moves.add(row(new Object[] {levelKey, allPaths.get(move.toPath()), move.toLevel()},
                                move.note()));
                        }
                    }
                }
            }
        }
        rows.insert("career_path_version",
            List.of("id", "path_id", "number", "status", "name_en", "name_vi", "name_zh", "description_en",
                "description_vi", "description_zh", "change_note", "created_by", "created_at", "submitted_by",
                "submitted_at", "decided_by", "decided_at", "published_at", "retired_at"),
            types(new int[] {Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR}, TEXT3, TEXT3,
                new int[] {Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE,
                    Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE}),
            versions);
        rows.insert("career_level",
            List.of("id", "path_version_id", "code", "position", "title_en", "title_vi", "title_zh", "summary_en",
                "summary_vi", "summary_zh", "responsibilities_en", "responsibilities_vi", "responsibilities_zh",
                "education_en", "education_vi", "education_zh", "min_years_experience", "search_text"),
            types(new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER}, TEXT3, TEXT3, TEXT3, TEXT3,
                new int[] {Types.INTEGER, Types.VARCHAR}),
            levels);
        if (!versions.isEmpty()) {
            rows.moveSequencePastRows("career_path_version");
            rows.moveSequencePastRows("career_level");
        }
        rows.insert("level_competency", List.of("level_id", "competency_id", "required_level"),
            new int[] {Types.BIGINT, Types.BIGINT, Types.INTEGER}, requirements);
        rows.insert("level_certification", List.of("level_id", "certification_id"),
            new int[] {Types.BIGINT, Types.BIGINT}, levelCertifications);
        rows.insert("level_job_title", List.of("level_id", "job_title_id"), new int[] {Types.BIGINT, Types.BIGINT},
            ties);
        rows.insert("level_move", List.of("level_id", "to_path_id", "to_level_code", "note_en", "note_vi", "note_zh"),
            types(new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR}, TEXT3), moves);
        return new int[] {versions.size(), levels.size(), ties.size(), moves.size()};
    }

    /**
     * HR drafted and submitted each version; the executive approved it, and HR published it the same
     * day. A version still in draft or awaiting approval has only the steps it went through.
     */
    private static Object[] versionRow(long id, long pathId, Version version, Long hr, Long executive, Clock clock) {
        Timeline timeline = version.timeline();
        boolean decided = timeline.decided() != null;
        boolean published = version.status() == Status.PUBLISHED || version.status() == Status.RETIRED;
        return row(new Object[] {id, pathId, version.number(), version.status().name()}, version.name(),
            version.description(), new Object[] {version.changeNote(), hr, clock.at(timeline.created(), 10),
                timeline.submitted() == null ? null : hr,
                timeline.submitted() == null ? null : clock.at(timeline.submitted(), 15),
                decided ? executive : null,
                decided ? clock.at(timeline.decided(), 11) : null,
                published && decided ? clock.at(timeline.decided(), 13) : null,
                timeline.retired() == null ? null : clock.at(timeline.retired(), 13)});
    }

    private Map<String, Long> accountIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select email, id from account where email in (?, ?)", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        }, DemoAccounts.HR + "@" + WorkEmails.DOMAIN, DemoAccounts.EXECUTIVE + "@" + WorkEmails.DOMAIN);
        return ids;
    }

    /** Concatenates leading values, texts (three columns each) and trailing values into one row. */
    private static Object[] row(Object... parts) {
        List<Object> values = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Text text) {
                values.add(text.en());
                values.add(text.vi());
                values.add(text.zh());
            } else {
                values.addAll(Arrays.asList((Object[]) part));
            }
        }
        return values.toArray();
    }

    private static int[] types(int[]... parts) {
        int length = 0;
        for (int[] part : parts) {
            length += part.length;
        }
        int[] types = new int[length];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, types, at, part.length);
            at += part.length;
        }
        return types;
    }

    /** Times counted back from the application's today, in its zone. */
    private record Clock(LocalDate today, ZoneId zone) {

        OffsetDateTime at(int daysAgo, int hour) {
            return at(today.minusDays(daysAgo), hour);
        }

        OffsetDateTime at(LocalDate day, int hour) {
            return day.atTime(hour, 0).atZone(zone).toOffsetDateTime();
        }
    }
}
