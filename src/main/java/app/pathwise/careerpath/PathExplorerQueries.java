package app.pathwise.careerpath;

import app.pathwise.careerpath.explore.Contacts;
import app.pathwise.careerpath.explore.EmployeeFacts;
import app.pathwise.careerpath.explore.EmployeeFactsReader;
import app.pathwise.careerpath.explore.LevelReader;
import app.pathwise.careerpath.explore.Moves;
import app.pathwise.careerpath.explore.Requirements;
import app.pathwise.careerpath.explore.Sql;
import app.pathwise.competency.ProficiencyQueries;
import app.pathwise.people.SearchText;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.security.Role;
import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.PageView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The explorer: what every signed-in person may read of the career paths. Only PUBLISHED versions
 * are ever read here; drafts, submitted, approved and retired versions never reach a reader (except
 * the list of past versions, which says what changed and when). Each method runs a fixed number of
 * statements whatever the size of the framework or the organisation.
 */
@Component
public class PathExplorerQueries {

    /** Words of a search beyond this many are ignored. */
    static final int MAX_WORDS = 6;

    private final NamedParameterJdbcTemplate jdbc;
    private final LevelReader levels;
    private final Requirements requirements;
    private final Moves moves;
    private final Contacts contacts;
    private final EmployeeFactsReader facts;
    private final ProficiencyQueries proficiencies;
    private final AccessPolicy access;
    private final Clock clock;

    PathExplorerQueries(NamedParameterJdbcTemplate jdbc, LevelReader levels, Requirements requirements, Moves moves,
                        Contacts contacts, EmployeeFactsReader facts, ProficiencyQueries proficiencies,
                        AccessPolicy access, Clock clock) {
        this.jdbc = jdbc;
        this.levels = levels;
        this.requirements = requirements;
        this.moves = moves;
        this.contacts = contacts;
        this.facts = facts;
        this.proficiencies = proficiencies;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Where the explorer's content stands: the framework's generation (raised by every change to it, see
     * V41) and the level the reader's job title places them on; one statement. Read before the content,
     * so that content kept under this generation is never older than it.
     */
    public ExplorerGeneration generation(Long viewer) {
        return jdbc.queryForObject("select g.generation, %s as viewer_level from content_generation g where g.name = 'framework'"
            .formatted(Sql.VIEWER_LEVEL), Map.of("viewer", LevelReader.viewerOrNone(viewer)),
            (rs, n) -> new ExplorerGeneration(rs.getLong("generation"), (Long) rs.getObject("viewer_level")));
    }

    /** Job families with at least one published path, in display order; one statement. */
    public List<ExplorerFamily> families() {
        return jdbc.query("""
            select f.id, f.code, %s from job_family f
             where exists (select 1 from career_path p join career_path_version v on v.path_id = p.id
                            where p.job_family_id = f.id and v.status = 'PUBLISHED')
             order by f.position, f.id
            """.formatted(Sql.localized("f.name", "name")), Map.of(),
            (rs, n) -> new ExplorerFamily(rs.getLong("id"), rs.getString("code"), LocalizedText.from(rs, "name")));
    }

    /**
     * A page of published paths, by family and position, optionally of one family; one statement. The
     * reader's version ("your path") is found once for the page, and levels are counted only for the
     * paths of the page.
     */
    public PageView<ExplorerPathCard> browse(Long familyId, Long viewer, int page, int size) {
        MapSqlParameterSource params = paging(page, size).addValue("viewer", LevelReader.viewerOrNone(viewer));
        String where = familyId == null ? "" : " where f.id = :family";
        params.addValue("family", familyId);
        List<Long> total = new ArrayList<>();
        List<ExplorerPathCard> rows = jdbc.query("""
            select count(*) over () as total, p.id as path_id, p.code, p.track, %s, %s, f.id as family_id, %s, %s,
                   (select count(*) from career_level x where x.path_version_id = v.id) as level_count,
                   coalesce(v.id = (select cl.path_version_id from career_level cl where cl.id = %s), false) as yours
              from career_path p
              join career_path_version v on v.path_id = p.id and v.status = 'PUBLISHED'
              join job_family f on f.id = p.job_family_id
            """.formatted(Sql.localized("v.name", "name"), Sql.localized("v.description", "description"),
                Sql.localized("f.name", "family_name"), Sql.localized("f.description", "family_description"),
                Sql.VIEWER_LEVEL)
                + where + " order by f.position, f.id, p.position, p.code limit :limit offset :offset", params,
            (rs, n) -> {
                total.add(rs.getLong("total"));
                return new ExplorerPathCard(rs.getLong("path_id"), rs.getString("code"), rs.getString("track"),
                    LocalizedText.from(rs, "name"), LocalizedText.from(rs, "description"), rs.getLong("family_id"),
                    LocalizedText.from(rs, "family_name"), LocalizedText.from(rs, "family_description"),
                    rs.getInt("level_count"), rs.getBoolean("yours"));
            });
        return new PageView<>(rows, page, size, total.isEmpty() ? 0 : total.get(0));
    }

    /**
     * Levels of published paths whose title (in any language, diacritics ignored) contains every word
     * of the text, or that require a competency whose name contains every word; one statement.
     */
    public PageView<ExplorerLevelHit> search(String query, Long familyId, int page, int size) {
        if (SearchText.normalise(query).isEmpty()) {
            return new PageView<>(List.of(), page, size, 0);
        }
        MapSqlParameterSource params = paging(page, size).addValue("family", familyId);
        List<String> titleMatches = new ArrayList<>();
        List<String> nameMatches = new ArrayList<>();
        String names = Sql.folded("c.name_en || ' ' || coalesce(c.name_vi, '') || ' ' || coalesce(c.name_zh, '')");
        List<String> words = Sql.words(query, MAX_WORDS);
        for (int i = 0; i < words.size(); i++) {
            params.addValue("w" + i, Sql.containsPattern(words.get(i)));
            titleMatches.add("cl.search_text like :w" + i);
            nameMatches.add(names + " like :w" + i);
        }
        String where = familyId == null ? "" : " where f.id = :family";
        List<Long> total = new ArrayList<>();
        List<ExplorerLevelHit> rows = jdbc.query("""
            with hit as (
                select cl.id as level_id, null::bigint as competency_id
                  from career_level cl
                  join career_path_version v on v.id = cl.path_version_id and v.status = 'PUBLISHED'
                 where %s
                union all
                select lc.level_id, lc.competency_id
                  from competency c
                  join level_competency lc on lc.competency_id = c.id
                  join career_level cl on cl.id = lc.level_id
                  join career_path_version v on v.id = cl.path_version_id and v.status = 'PUBLISHED'
                 where c.active and %s
            ),
            per_level as (
                select level_id, bool_or(competency_id is null) as title_match, min(competency_id) as competency_id
                  from hit group by level_id
            )
            select count(*) over () as total, cl.id, cl.code, cl.position, %s, p.id as path_id, p.track, %s, %s,
                   h.title_match, %s
              from per_level h
              join career_level cl on cl.id = h.level_id
              join career_path_version v on v.id = cl.path_version_id
              join career_path p on p.id = v.path_id
              join job_family f on f.id = p.job_family_id
              left join competency c on c.id = h.competency_id and not h.title_match
            """.formatted(String.join(" and ", titleMatches), String.join(" and ", nameMatches),
                Sql.localized("cl.title", "title"), Sql.localized("v.name", "path_name"),
                Sql.localized("f.name", "family_name"), Sql.localized("c.name", "competency_name"))
                + where + " order by f.position, f.id, p.position, p.id, cl.position limit :limit offset :offset",
            params, (rs, n) -> {
                total.add(rs.getLong("total"));
                return new ExplorerLevelHit(rs.getLong("id"), rs.getString("code"), rs.getInt("position"),
                    LocalizedText.from(rs, "title"), rs.getLong("path_id"), rs.getString("track"),
                    LocalizedText.from(rs, "path_name"), LocalizedText.from(rs, "family_name"),
                    rs.getBoolean("title_match"), LocalizedText.from(rs, "competency_name"));
            });
        return new PageView<>(rows, page, size, total.isEmpty() ? 0 : total.get(0));
    }

    /** A path's published version as a ladder, highest level first; four statements. */
    public Optional<ExplorerLadder> ladder(long pathId, Long viewer) {
        Map<String, Object> params = Map.of("path", pathId, "viewer", LevelReader.viewerOrNone(viewer));
        List<Long> yourLevel = new ArrayList<>();
        Optional<ExplorerPath> found = jdbc.query("""
            select %s, %s as viewer_level
              from career_path p
              join career_path_version v on v.path_id = p.id and v.status = 'PUBLISHED'
              join job_family f on f.id = p.job_family_id
             where p.id = :path
            """.formatted(LevelReader.PATH_COLUMNS, Sql.VIEWER_LEVEL), params, (rs, n) -> {
                yourLevel.add((Long) rs.getObject("viewer_level"));
                return LevelReader.toPath(rs);
            }).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ExplorerPath path = found.get();
        Long mine = yourLevel.get(0);
        Map<Long, List<ExplorerMove>> movesByLevel = moves.ofVersion(path.versionId());
        List<ExplorerRung> rungs = jdbc.query("""
            select cl.id, cl.code, cl.position, %s, %s, cl.min_years_experience,
                   (select count(*) from level_competency lc join competency c on c.id = lc.competency_id and c.active
                     where lc.level_id = cl.id) as competency_count,
                   (select count(*) from level_certification lc where lc.level_id = cl.id) as certification_count
              from career_level cl where cl.path_version_id = :version
             order by cl.position desc
            """.formatted(Sql.localized("cl.title", "title"), Sql.localized("cl.summary", "summary")),
            Map.of("version", path.versionId()), (rs, n) -> {
                long id = rs.getLong("id");
                return new ExplorerRung(id, rs.getString("code"), rs.getInt("position"),
                    LocalizedText.from(rs, "title"), LocalizedText.from(rs, "summary"),
                    rs.getInt("min_years_experience"), rs.getInt("competency_count"),
                    rs.getInt("certification_count"), mine != null && mine == id,
                    movesByLevel.getOrDefault(id, List.of()));
            });
        List<ExplorerChange> changes = jdbc.query("""
            select number, status, published_at, retired_at, change_note from career_path_version
             where path_id = :path and status in ('PUBLISHED', 'RETIRED') order by number desc
            """, params, (rs, n) -> new ExplorerChange(rs.getInt("number"), rs.getString("status"),
            instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("retired_at")),
            rs.getString("change_note")));
        boolean onThisPath = rungs.stream().anyMatch(ExplorerRung::yours);
        return Optional.of(new ExplorerLadder(path, rungs, changes, onThisPath ? mine : null));
    }

    /**
     * A level page: the level, its requirements, who to talk to, and for a signed-in employee their own
     * gap against it. Empty when the path has no published level with this code.
     */
    public Optional<ExplorerLevelPage> levelPage(long pathId, String code, PathwiseUser reader) {
        Long me = reader.employeeId();
        Optional<ExplorerLevel> found = levels.byCode(pathId, code, me);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ExplorerLevel level = found.get();
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = List.of(level.levelId());
        List<ExplorerCompetency> competencies = requirements.competencies(ids).getOrDefault(level.levelId(), List.of());
        List<ExplorerCertification> certifications = requirements.certifications(ids, me, today)
            .getOrDefault(level.levelId(), List.of());
        List<ExplorerContact> people = contacts.about(level.path().familyId(), level.levelId(),
            level.next() == null ? null : level.next().levelId(), me, access.canAdministerPeople(reader),
            reader.has(Role.MANAGER));
        GapLevel gap = null;
        if (me != null) {
            Optional<EmployeeFacts> self = facts.find(me);
            if (self.isPresent()) {
                gap = GapLevel.of(level.yours() ? GapLevel.Kind.CURRENT : GapLevel.Kind.TARGET, level, competencies,
                    certifications, proficiencies.current(me), Map.of(), self.get().yearsOfExperience(today));
            }
        }
        return Optional.of(new ExplorerLevelPage(level, competencies, certifications, people, gap));
    }

    /** A published level's lateral moves; one statement. */
    public List<ExplorerMove> levelMoves(long levelId) {
        return moves.ofLevel(levelId);
    }

    /** Two published levels side by side; empty when either is not a level of a published version. */
    public Optional<ExplorerComparison> compare(long leftId, long rightId) {
        List<Long> ids = List.of(leftId, rightId);
        Map<Long, ExplorerLevel> found = levels.byIds(ids, null);
        if (!found.containsKey(leftId) || !found.containsKey(rightId)) {
            return Optional.empty();
        }
        Map<Long, List<ExplorerCompetency>> competencies = requirements.competencies(ids);
        Map<Long, List<ExplorerCertification>> certifications = requirements.certifications(ids, null,
            LocalDate.now(clock));
        return Optional.of(ExplorerComparison.of(found.get(leftId), competencies.getOrDefault(leftId, List.of()),
            certifications.getOrDefault(leftId, List.of()), found.get(rightId),
            competencies.getOrDefault(rightId, List.of()), certifications.getOrDefault(rightId, List.of())));
    }

    /** Every level of every published path, by family, path and position, for pickers; one statement. */
    public List<ExplorerLevelRef> publishedLevels() {
        return levels.publishedLevels();
    }

    /** The level a person's job title places them on, if it is tied to a level of a published path. */
    public Optional<ExplorerLevelRef> currentLevel(long employeeId) {
        return facts.find(employeeId).map(EmployeeFacts::levelId)
            .map(id -> levels.byIds(List.of(id), null).get(id)).map(ExplorerLevel::ref);
    }

    private static MapSqlParameterSource paging(int page, int size) {
        return new MapSqlParameterSource("limit", size).addValue("offset", (long) page * size);
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
