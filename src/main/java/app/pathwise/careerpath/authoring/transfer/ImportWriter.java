package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.careerpath.authoring.transfer.ImportPlan.CertificationWrite;
import app.pathwise.careerpath.authoring.transfer.ImportPlan.CompetencyWrite;
import app.pathwise.careerpath.authoring.transfer.ImportPlan.FamilyWrite;
import app.pathwise.careerpath.authoring.transfer.ImportPlan.PathWrite;
import app.pathwise.people.SearchText;
import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.audit.AuditedChange;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a checked plan in SQL, inside the caller's transaction: framework records first, then the
 * paths and their new draft versions, then the levels (moves may point at paths made by the same
 * file). Every record created or changed is audited.
 *
 * <p>The competency and certification tables belong to the competency module; the import writes
 * them directly until that module offers a bulk write.
 */
@Component
class ImportWriter {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ImportWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void write(ImportPlan plan, long by, Instant now, String fileName) {
        plan.competencies().forEach(this::competency);
        if (!plan.indicators().isEmpty()) {
            jdbc.batchUpdate("""
                insert into competency_indicator (competency_id, level, behaviours_en, behaviours_vi, behaviours_zh)
                values ((select id from competency where code = ?), ?, ?, ?, ?)
                on conflict (competency_id, level) do update set behaviours_en = excluded.behaviours_en,
                    behaviours_vi = excluded.behaviours_vi, behaviours_zh = excluded.behaviours_zh
                """, plan.indicators().stream().map(i -> new Object[] {i.competencyCode(), i.level(),
                i.behaviours().en(), i.behaviours().vi(), i.behaviours().zh()}).toList());
        }
        plan.certifications().forEach(this::certification);
        plan.families().forEach(this::family);
        Map<PathWrite, Long> versions = new LinkedHashMap<>();
        for (PathWrite path : plan.paths()) {
            versions.put(path, version(path, by, now, fileName));
        }
        versions.forEach((path, versionId) -> levels(path, versionId));
        events.publishEvent(new AuditedChange("career-path.imported", "career_path", null, "file " + fileName + ": "
            + plan.rows() + " rows, " + plan.changes().size() + " created or changed, " + plan.unchanged()
            + " unchanged"));
    }

    private void competency(CompetencyWrite c) {
        Object[] values = {c.groupCode(), c.name().en(), c.name().vi(), c.name().zh(), c.description().en(),
            c.description().vi(), c.description().zh(), c.active()};
        if (c.id() == null) {
            Long id = jdbc.queryForObject("""
                insert into competency (group_id, name_en, name_vi, name_zh, description_en, description_vi,
                                        description_zh, active, code)
                values ((select id from competency_group where code = ?), ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, append(values, c.code()));
            events.publishEvent(new AuditedChange("competency.created", "competency", id, c.code() + " (import)"));
        } else {
            jdbc.update("""
                update competency set group_id = (select id from competency_group where code = ?), name_en = ?,
                       name_vi = ?, name_zh = ?, description_en = ?, description_vi = ?, description_zh = ?,
                       active = ?, version = version + 1, updated_at = now()
                 where id = ?
                """, append(values, c.id()));
            events.publishEvent(new AuditedChange("competency.updated", "competency", c.id(), c.code() + " (import)"));
        }
    }

    private void certification(CertificationWrite c) {
        Object[] values = {c.name().en(), c.name().vi(), c.name().zh(), c.issuer(), c.validityMonths()};
        if (c.id() == null) {
            Long id = jdbc.queryForObject("""
                insert into certification (name_en, name_vi, name_zh, issuer, validity_months, code)
                values (?, ?, ?, ?, ?, ?) returning id
                """, Long.class, append(values, c.code()));
            events.publishEvent(new AuditedChange("certification.created", "certification", id,
                c.code() + " (import)"));
        } else {
            jdbc.update("""
                update certification set name_en = ?, name_vi = ?, name_zh = ?, issuer = ?, validity_months = ?,
                       version = version + 1
                 where id = ?
                """, append(values, c.id()));
            events.publishEvent(new AuditedChange("certification.updated", "certification", c.id(),
                c.code() + " (import)"));
        }
    }

    private void family(FamilyWrite f) {
        Object[] values = {f.name().en(), f.name().vi(), f.name().zh(), f.description().en(), f.description().vi(),
            f.description().zh(), f.position()};
        if (f.id() == null) {
            Long id = jdbc.queryForObject("""
                insert into job_family (name_en, name_vi, name_zh, description_en, description_vi, description_zh,
                                        position, code)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, append(values, f.code()));
            events.publishEvent(new AuditedChange("job-family.created", "job_family", id, f.code() + " (import)"));
        } else {
            jdbc.update("""
                update job_family set name_en = ?, name_vi = ?, name_zh = ?, description_en = ?, description_vi = ?,
                       description_zh = ?, position = ?, version = version + 1
                 where id = ?
                """, append(values, f.id()));
            events.publishEvent(new AuditedChange("job-family.updated", "job_family", f.id(), f.code() + " (import)"));
        }
    }

    /** Makes the path if it is new, and a new draft version of it; returns the version's id. */
    private long version(PathWrite path, long by, Instant now, String fileName) {
        Long pathId = path.pathId();
        if (pathId == null) {
            pathId = jdbc.queryForObject("""
                insert into career_path (job_family_id, code, track, position, created_at)
                select f.id, ?, ?, (select coalesce(max(p.position), 0) + 1 from career_path p
                                     where p.job_family_id = f.id), ?
                  from job_family f where f.code = ?
                returning id
                """, Long.class, path.code(), path.track().name(), Timestamp.from(now), path.familyCode());
            events.publishEvent(new AuditedChange("career-path.created", "career_path", pathId,
                path.code() + " " + path.track() + " in family " + path.familyCode() + " (import)"));
        }
        LocalizedText name = path.content().name();
        LocalizedText description = path.content().description();
        Map<String, Object> version = jdbc.queryForMap("""
            insert into career_path_version (path_id, number, status, name_en, name_vi, name_zh, description_en,
                                             description_vi, description_zh, created_by, created_at)
            values (?, (select coalesce(max(number), 0) + 1 from career_path_version where path_id = ?), 'DRAFT',
                    ?, ?, ?, ?, ?, ?, ?, ?)
            returning id, number
            """, pathId, pathId, name.en(), name.vi(), name.zh(), description.en(), description.vi(),
            description.zh(), by, Timestamp.from(now));
        long versionId = ((Number) version.get("id")).longValue();
        events.publishEvent(new AuditedChange("career-path-version.created", "career_path_version", versionId,
            "path " + path.code() + " version " + version.get("number") + " (draft) imported from " + fileName));
        return versionId;
    }

    private void levels(PathWrite path, long versionId) {
        List<Object[]> requirements = new ArrayList<>();
        List<Object[]> certifications = new ArrayList<>();
        List<Object[]> jobTitles = new ArrayList<>();
        List<Object[]> moves = new ArrayList<>();
        LocalizedText pathName = path.content().name();
        int position = 0;
        for (PathContent.Level level : path.content().levels()) {
            long levelId = jdbc.queryForObject("""
                insert into career_level (path_version_id, code, position, title_en, title_vi, title_zh, summary_en,
                                          summary_vi, summary_zh, responsibilities_en, responsibilities_vi,
                                          responsibilities_zh, education_en, education_vi, education_zh,
                                          min_years_experience, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, versionId, level.code(), ++position, level.title().en(), level.title().vi(),
                level.title().zh(), level.summary().en(), level.summary().vi(), level.summary().zh(),
                level.responsibilities().en(), level.responsibilities().vi(), level.responsibilities().zh(),
                level.education().en(), level.education().vi(), level.education().zh(), level.years(),
                searchText(level.title(), pathName));
            level.requirements().forEach((code, required) -> requirements.add(new Object[] {levelId, code, required}));
            level.certifications().forEach(code -> certifications.add(new Object[] {levelId, code}));
            level.jobTitles().forEach(code -> jobTitles.add(new Object[] {levelId, code}));
            level.moves().forEach(move -> moves.add(new Object[] {levelId, move.path(), move.level(), move.note().en(),
                move.note().vi(), move.note().zh()}));
        }
        if (!requirements.isEmpty()) {
            jdbc.batchUpdate("""
                insert into level_competency (level_id, competency_id, required_level)
                values (?, (select id from competency where code = ?), ?)
                """, requirements);
        }
        if (!certifications.isEmpty()) {
            jdbc.batchUpdate("""
                insert into level_certification (level_id, certification_id)
                values (?, (select id from certification where code = ?))
                """, certifications);
        }
        if (!jobTitles.isEmpty()) {
            jdbc.batchUpdate("""
                insert into level_job_title (level_id, job_title_id)
                values (?, (select id from job_title where code = ?))
                """, jobTitles);
        }
        if (!moves.isEmpty()) {
            jdbc.batchUpdate("""
                insert into level_move (level_id, to_path_id, to_level_code, note_en, note_vi, note_zh)
                values (?, (select id from career_path where code = ?), ?, ?, ?, ?)
                """, moves);
        }
    }

    private static String searchText(LocalizedText title, LocalizedText pathName) {
        return SearchText.normalise(Stream.of(title.en(), title.vi(), title.zh(), pathName.en(), pathName.vi(),
            pathName.zh()).filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
