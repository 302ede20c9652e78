package app.pathwise.careerpath.authoring;

import app.pathwise.careerpath.authoring.AuthoringViews.FamilyView;
import app.pathwise.careerpath.authoring.AuthoringViews.LevelView;
import app.pathwise.careerpath.authoring.AuthoringViews.MoveTarget;
import app.pathwise.careerpath.authoring.AuthoringViews.MoveView;
import app.pathwise.careerpath.authoring.AuthoringViews.NamedRef;
import app.pathwise.careerpath.authoring.AuthoringViews.PathRow;
import app.pathwise.careerpath.authoring.AuthoringViews.PathView;
import app.pathwise.careerpath.authoring.AuthoringViews.RequirementView;
import app.pathwise.careerpath.authoring.AuthoringViews.VersionPage;
import app.pathwise.careerpath.authoring.AuthoringViews.VersionRow;
import app.pathwise.careerpath.authoring.AuthoringViews.VersionView;
import app.pathwise.careerpath.PathVersionHistory.LevelChange;
import app.pathwise.shared.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authoring pages' reads, each in a fixed number of statements whatever the number of paths,
 * levels and requirements. Drafts are read here: these views are for HR and executives only.
 */
@Service
public class AuthoringQueries {

    private final JdbcTemplate jdbc;
    private final VersionSnapshots snapshots;

    AuthoringQueries(JdbcTemplate jdbc, VersionSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /**
     * What an open version changes compared with the published one (empty when nothing is
     * published), so HR and the approving executive see the difference before it goes out.
     */
    @Transactional(readOnly = true)
    public Optional<List<LevelChange>> changesSincePublished(long pathId, long versionId) {
        List<Long> published = jdbc.queryForList(
            "select id from career_path_version where path_id = ? and status = 'PUBLISHED' and id <> ?", Long.class,
            pathId, versionId);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<VersionSnapshots.LevelSnapshot>> levels = snapshots.load(List.of(published.get(0), versionId));
        return Optional.of(VersionSnapshots.compare(levels.get(published.get(0)), levels.get(versionId)));
    }

    /**
     * Every family with its paths, in two statements. With {@code awaitingApproval}, only paths whose
     * open version waits for an executive, and only the families that have one.
     */
    @Transactional(readOnly = true)
    public List<FamilyView> families(boolean awaitingApproval) {
        Map<Long, List<PathRow>> paths = new LinkedHashMap<>();
        jdbc.query("""
            select p.id, p.job_family_id, p.code, p.track,
                   pub.id as pub_id, pub.number as pub_number, pub.published_at,
                   pub.name_en as pub_en, pub.name_vi as pub_vi, pub.name_zh as pub_zh,
                   op.id as open_id, op.number as open_number, op.status as open_status,
                   op.name_en as open_en, op.name_vi as open_vi, op.name_zh as open_zh
              from career_path p
              left join career_path_version pub on pub.path_id = p.id and pub.status = 'PUBLISHED'
              left join career_path_version op on op.path_id = p.id and op.status in ('DRAFT', 'SUBMITTED', 'APPROVED')
             where (not ? or op.status = 'SUBMITTED')
             order by p.position, p.code
            """, rs -> {
            LocalizedText open = LocalizedText.from(rs, "open");
            LocalizedText published = LocalizedText.from(rs, "pub");
            String status = rs.getString("open_status");
            PathRow row = new PathRow(rs.getLong("id"), rs.getLong("job_family_id"), rs.getString("code"),
                PathTrack.valueOf(rs.getString("track")), !open.isEmpty() ? open : published,
                (Long) rs.getObject("pub_id"), (Integer) rs.getObject("pub_number"), instant(rs, "published_at"),
                (Long) rs.getObject("open_id"), (Integer) rs.getObject("open_number"),
                status == null ? null : VersionStatus.valueOf(status));
            paths.computeIfAbsent(row.familyId(), id -> new ArrayList<>()).add(row);
        }, awaitingApproval);
        List<FamilyView> families = jdbc.query("""
            select id, version, code, name_en, name_vi, name_zh, description_en, description_vi, description_zh,
                   position
              from job_family order by position, code
            """, (rs, n) -> new FamilyView(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
            LocalizedText.from(rs, "name"), LocalizedText.from(rs, "description"), rs.getInt("position"),
            List.copyOf(paths.getOrDefault(rs.getLong("id"), List.of()))));
        return awaitingApproval ? families.stream().filter(f -> !f.paths().isEmpty()).toList() : families;
    }

    @Transactional(readOnly = true)
    public Optional<FamilyView> family(long id) {
        return jdbc.query("""
            select id, version, code, name_en, name_vi, name_zh, description_en, description_vi, description_zh,
                   position
              from job_family where id = ?
            """, (rs, n) -> new FamilyView(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
            LocalizedText.from(rs, "name"), LocalizedText.from(rs, "description"), rs.getInt("position"), List.of()),
            id).stream().findFirst();
    }

    /** A path with all its versions, newest first, in two statements. */
    @Transactional(readOnly = true)
    public Optional<PathView> path(long pathId) {
        List<VersionRow> versions = jdbc.query("""
            select v.id, v.number, v.status, v.name_en, v.name_vi, v.name_zh, v.created_at, v.submitted_at,
                   v.decided_at, v.published_at, v.retired_at, v.change_note,
                   (select count(*) from career_level l where l.path_version_id = v.id) as levels
              from career_path_version v where v.path_id = ? order by v.number desc
            """, (rs, n) -> new VersionRow(rs.getLong("id"), rs.getInt("number"),
            VersionStatus.valueOf(rs.getString("status")), LocalizedText.from(rs, "name"), instant(rs, "created_at"),
            instant(rs, "submitted_at"), instant(rs, "decided_at"), instant(rs, "published_at"),
            instant(rs, "retired_at"), rs.getString("change_note"), rs.getInt("levels")), pathId);
        return jdbc.query("""
            select p.id, p.code, p.track, p.job_family_id, f.code as family_code, f.name_en as family_en,
                   f.name_vi as family_vi, f.name_zh as family_zh
              from career_path p join job_family f on f.id = p.job_family_id where p.id = ?
            """, (rs, n) -> new PathView(rs.getLong("id"), rs.getString("code"),
            PathTrack.valueOf(rs.getString("track")), rs.getLong("job_family_id"), rs.getString("family_code"),
            LocalizedText.from(rs, "family"), versions.isEmpty() ? new LocalizedText(rs.getString("code"), null, null)
            : latestName(versions), versions), pathId).stream().findFirst();
    }

    /** A version of the path with its levels and everything they say, in six statements. */
    @Transactional(readOnly = true)
    public Optional<VersionPage> version(long pathId, long versionId) {
        Optional<VersionView> version = jdbc.query("""
            select v.*, p.code as path_code, p.track, p.job_family_id, f.name_en as family_en,
                   f.name_vi as family_vi, f.name_zh as family_zh
              from career_path_version v join career_path p on p.id = v.path_id
              join job_family f on f.id = p.job_family_id
             where v.id = ? and v.path_id = ?
            """, (rs, n) -> new VersionView(rs.getLong("path_id"), rs.getString("path_code"),
            PathTrack.valueOf(rs.getString("track")), rs.getLong("job_family_id"), LocalizedText.from(rs, "family"),
            rs.getLong("id"), rs.getLong("version"), rs.getInt("number"), VersionStatus.valueOf(rs.getString("status")),
            LocalizedText.from(rs, "name"), LocalizedText.from(rs, "description"), rs.getString("change_note"),
            rs.getString("decision_comment"), instant(rs, "created_at"), instant(rs, "submitted_at"),
            instant(rs, "decided_at"), instant(rs, "published_at"), instant(rs, "retired_at")), versionId, pathId)
            .stream().findFirst();
        return version.map(v -> new VersionPage(v, levels(versionId)));
    }

    /** Levels of other paths (their published or open versions) that a lateral move can lead to. */
    @Transactional(readOnly = true)
    public List<MoveTarget> moveTargets(long pathId) {
        List<MoveTarget> targets = jdbc.query("""
            select distinct on (p.id, l.code) p.id, p.code, v.name_en, v.name_vi, v.name_zh, l.code as level_code,
                   l.title_en, l.title_vi, l.title_zh, l.position
              from career_path p join career_path_version v on v.path_id = p.id and v.status <> 'RETIRED'
              join career_level l on l.path_version_id = v.id
             where p.id <> ?
             order by p.id, l.code, (v.status = 'PUBLISHED') desc
            """, (rs, n) -> new MoveTarget(rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"),
            rs.getString("level_code"), LocalizedText.from(rs, "title"), rs.getInt("position")), pathId);
        return targets.stream().sorted(Comparator.comparing(MoveTarget::pathCode).thenComparing(MoveTarget::position))
            .toList();
    }

    private List<LevelView> levels(long versionId) {
        Map<Long, List<RequirementView>> requirements = new LinkedHashMap<>();
        jdbc.query("""
            select lc.level_id, c.id, c.code, c.name_en, c.name_vi, c.name_zh, lc.required_level,
                   pl.label_en, pl.label_vi, pl.label_zh
              from level_competency lc join career_level l on l.id = lc.level_id
              join competency c on c.id = lc.competency_id
              left join proficiency_level pl on pl.level = lc.required_level
             where l.path_version_id = ?
             order by lc.required_level desc, lower(c.name_en)
            """, rs -> {
            requirements.computeIfAbsent(rs.getLong("level_id"), k -> new ArrayList<>()).add(new RequirementView(
                rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name"), rs.getInt("required_level"),
                LocalizedText.from(rs, "label")));
        }, versionId);
        Map<Long, List<NamedRef>> certifications = new LinkedHashMap<>();
        jdbc.query("""
            select lc.level_id, c.id, c.code, c.name_en, c.name_vi, c.name_zh
              from level_certification lc join career_level l on l.id = lc.level_id
              join certification c on c.id = lc.certification_id
             where l.path_version_id = ? order by lower(c.name_en)
            """, rs -> {
            certifications.computeIfAbsent(rs.getLong("level_id"), k -> new ArrayList<>())
                .add(new NamedRef(rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name")));
        }, versionId);
        Map<Long, List<NamedRef>> jobTitles = new LinkedHashMap<>();
        jdbc.query("""
            select lj.level_id, t.id, t.code, t.name
              from level_job_title lj join career_level l on l.id = lj.level_id
              join job_title t on t.id = lj.job_title_id
             where l.path_version_id = ? order by lower(t.name)
            """, rs -> {
            jobTitles.computeIfAbsent(rs.getLong("level_id"), k -> new ArrayList<>())
                .add(new NamedRef(rs.getLong("id"), rs.getString("code"), new LocalizedText(rs.getString("name"), null,
                    null)));
        }, versionId);
        Map<Long, List<MoveView>> moves = new LinkedHashMap<>();
        jdbc.query("""
            select m.level_id, m.to_path_id, p.code as path_code, m.to_level_code, m.note_en, m.note_vi, m.note_zh,
                   tv.name_en as path_en, tv.name_vi as path_vi, tv.name_zh as path_zh,
                   tl.title_en as level_en, tl.title_vi as level_vi, tl.title_zh as level_zh
              from level_move m join career_level l on l.id = m.level_id
              join career_path p on p.id = m.to_path_id
              left join lateral (select v.id, v.name_en, v.name_vi, v.name_zh from career_path_version v
                                  where v.path_id = m.to_path_id and v.status <> 'RETIRED'
                                  order by (v.status = 'PUBLISHED') desc limit 1) tv on true
              left join career_level tl on tl.path_version_id = tv.id and tl.code = m.to_level_code
             where l.path_version_id = ? order by p.code, m.to_level_code
            """, rs -> {
            LocalizedText level = LocalizedText.from(rs, "level");
            moves.computeIfAbsent(rs.getLong("level_id"), k -> new ArrayList<>()).add(new MoveView(
                rs.getLong("to_path_id"), rs.getString("path_code"), rs.getString("to_level_code"),
                LocalizedText.from(rs, "path"), level.isEmpty() ? null : level, LocalizedText.from(rs, "note")));
        }, versionId);
        return jdbc.query("""
            select id, code, position, title_en, title_vi, title_zh, summary_en, summary_vi, summary_zh,
                   responsibilities_en, responsibilities_vi, responsibilities_zh, education_en, education_vi,
                   education_zh, min_years_experience
              from career_level where path_version_id = ? order by position
            """, (rs, n) -> {
            long id = rs.getLong("id");
            return new LevelView(id, rs.getString("code"), rs.getInt("position"), LocalizedText.from(rs, "title"),
                LocalizedText.from(rs, "summary"), LocalizedText.from(rs, "responsibilities"),
                LocalizedText.from(rs, "education"), rs.getInt("min_years_experience"),
                List.copyOf(requirements.getOrDefault(id, List.of())),
                List.copyOf(certifications.getOrDefault(id, List.of())),
                List.copyOf(jobTitles.getOrDefault(id, List.of())), List.copyOf(moves.getOrDefault(id, List.of())));
        }, versionId);
    }

    private static LocalizedText latestName(List<VersionRow> versions) {
        return versions.stream().filter(v -> v.status().isOpen()).findFirst()
            .or(() -> versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst())
            .orElse(versions.get(0)).name();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
