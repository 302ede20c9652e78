package app.pathwise.careerpath.authoring;

import app.pathwise.careerpath.PathVersionHistory.ChangeKind;
import app.pathwise.careerpath.PathVersionHistory.ItemChange;
import app.pathwise.careerpath.PathVersionHistory.LevelChange;
import app.pathwise.careerpath.PathVersionHistory.LevelField;
import app.pathwise.careerpath.PathVersionHistory.RequirementChange;
import app.pathwise.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The levels of versions as plain values, loaded for many versions in four statements, and the
 * comparison of two versions level by level (levels are matched by their stable code). Moves are
 * labelled from the target path's published version only.
 */
@Component
public class VersionSnapshots {

    /** A competency a level requires and at which level of the scale. */
    public record Required(LocalizedText competency, int level) {
    }

    /** A level as a value: texts, numbers and requirements keyed by stable codes. */
    public record LevelSnapshot(String code, int position, LocalizedText title, LocalizedText summary,
                                LocalizedText responsibilities, LocalizedText education, int minYearsExperience,
                                Map<String, Required> requirements, Map<String, LocalizedText> certifications,
                                Map<String, LocalizedText> moves) {
    }

    private final JdbcTemplate jdbc;

    VersionSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The levels of each version, in order. */
    public Map<Long, List<LevelSnapshot>> load(Collection<Long> versionIds) {
        Object ids = FrameworkCatalogue.array(versionIds);
        Map<Long, Map<String, Required>> requirements = new HashMap<>();
        jdbc.query("""
            select lc.level_id, c.code, c.name_en, c.name_vi, c.name_zh, lc.required_level
              from level_competency lc join career_level l on l.id = lc.level_id
              join competency c on c.id = lc.competency_id
             where l.path_version_id = any(?) order by c.code
            """, rs -> {
            requirements.computeIfAbsent(rs.getLong("level_id"), k -> new LinkedHashMap<>())
                .put(rs.getString("code"), new Required(LocalizedText.from(rs, "name"), rs.getInt("required_level")));
        }, ids);
        Map<Long, Map<String, LocalizedText>> certifications = new HashMap<>();
        jdbc.query("""
            select lc.level_id, c.code, c.name_en, c.name_vi, c.name_zh
              from level_certification lc join career_level l on l.id = lc.level_id
              join certification c on c.id = lc.certification_id
             where l.path_version_id = any(?) order by c.code
            """, rs -> {
            certifications.computeIfAbsent(rs.getLong("level_id"), k -> new LinkedHashMap<>())
                .put(rs.getString("code"), LocalizedText.from(rs, "name"));
        }, ids);
        Map<Long, Map<String, LocalizedText>> moves = new HashMap<>();
        jdbc.query("""
            select m.level_id, p.code as path_code, m.to_level_code, pv.name_en as path_en, pv.name_vi as path_vi,
                   pv.name_zh as path_zh, tl.title_en as level_en, tl.title_vi as level_vi, tl.title_zh as level_zh
              from level_move m join career_level l on l.id = m.level_id
              join career_path p on p.id = m.to_path_id
              left join career_path_version pv on pv.path_id = p.id and pv.status = 'PUBLISHED'
              left join career_level tl on tl.path_version_id = pv.id and tl.code = m.to_level_code
             where l.path_version_id = any(?) order by p.code, m.to_level_code
            """, rs -> {
            String key = rs.getString("path_code") + "/" + rs.getString("to_level_code");
            LocalizedText path = LocalizedText.from(rs, "path");
            LocalizedText level = LocalizedText.from(rs, "level");
            moves.computeIfAbsent(rs.getLong("level_id"), k -> new LinkedHashMap<>())
                .put(key, path.isEmpty() || level.isEmpty() ? new LocalizedText(key, null, null) : joined(path, level));
        }, ids);
        Map<Long, List<LevelSnapshot>> levels = new HashMap<>();
        versionIds.forEach(id -> levels.put(id, new ArrayList<>()));
        jdbc.query("""
            select id, path_version_id, code, position, title_en, title_vi, title_zh, summary_en, summary_vi,
                   summary_zh, responsibilities_en, responsibilities_vi, responsibilities_zh, education_en,
                   education_vi, education_zh, min_years_experience
              from career_level where path_version_id = any(?) order by path_version_id, position
            """, rs -> {
            long id = rs.getLong("id");
            levels.get(rs.getLong("path_version_id")).add(new LevelSnapshot(rs.getString("code"), rs.getInt("position"),
                LocalizedText.from(rs, "title"), LocalizedText.from(rs, "summary"),
                LocalizedText.from(rs, "responsibilities"), LocalizedText.from(rs, "education"),
                rs.getInt("min_years_experience"), requirements.getOrDefault(id, Map.of()),
                certifications.getOrDefault(id, Map.of()), moves.getOrDefault(id, Map.of())));
        }, ids);
        return levels;
    }

    /** What changed from one version's levels to another's, in the newer version's order, removed levels last. */
    public static List<LevelChange> compare(List<LevelSnapshot> before, List<LevelSnapshot> after) {
        Map<String, LevelSnapshot> old = new LinkedHashMap<>();
        before.forEach(level -> old.put(level.code(), level));
        List<LevelChange> changes = new ArrayList<>();
        Set<String> kept = new java.util.HashSet<>();
        for (LevelSnapshot level : after) {
            LevelSnapshot previous = old.get(level.code());
            if (previous == null) {
                changes.add(new LevelChange(level.code(), level.title(), ChangeKind.ADDED, List.of(),
                    requirementChanges(Map.of(), level.requirements()),
                    itemChanges(Map.of(), level.certifications()), itemChanges(Map.of(), level.moves())));
                continue;
            }
            kept.add(level.code());
            List<LevelField> fields = new ArrayList<>();
            if (!previous.title().equals(level.title())) {
                fields.add(LevelField.TITLE);
            }
            if (previous.position() != level.position()) {
                fields.add(LevelField.POSITION);
            }
            if (!previous.summary().equals(level.summary())) {
                fields.add(LevelField.SUMMARY);
            }
            if (!previous.responsibilities().equals(level.responsibilities())) {
                fields.add(LevelField.RESPONSIBILITIES);
            }
            if (!previous.education().equals(level.education())) {
                fields.add(LevelField.EDUCATION);
            }
            if (previous.minYearsExperience() != level.minYearsExperience()) {
                fields.add(LevelField.EXPERIENCE);
            }
            List<RequirementChange> requirements = requirementChanges(previous.requirements(), level.requirements());
            List<ItemChange> certifications = itemChanges(previous.certifications(), level.certifications());
            List<ItemChange> moves = itemChanges(previous.moves(), level.moves());
            if (!fields.isEmpty() || !requirements.isEmpty() || !certifications.isEmpty() || !moves.isEmpty()) {
                changes.add(new LevelChange(level.code(), level.title(), ChangeKind.CHANGED, List.copyOf(fields),
                    requirements, certifications, moves));
            }
        }
        for (LevelSnapshot level : before) {
            if (!kept.contains(level.code())) {
                changes.add(new LevelChange(level.code(), level.title(), ChangeKind.REMOVED, List.of(),
                    requirementChanges(level.requirements(), Map.of()), itemChanges(level.certifications(), Map.of()),
                    itemChanges(level.moves(), Map.of())));
            }
        }
        return List.copyOf(changes);
    }

    private static List<RequirementChange> requirementChanges(Map<String, Required> before,
                                                              Map<String, Required> after) {
        List<RequirementChange> changes = new ArrayList<>();
        after.forEach((code, required) -> {
            Required previous = before.get(code);
            if (previous == null || previous.level() != required.level()) {
                changes.add(new RequirementChange(code, required.competency(),
                    previous == null ? null : previous.level(), required.level()));
            }
        });
        before.forEach((code, required) -> {
            if (!after.containsKey(code)) {
                changes.add(new RequirementChange(code, required.competency(), required.level(), null));
            }
        });
        return List.copyOf(changes);
    }

    private static List<ItemChange> itemChanges(Map<String, LocalizedText> before, Map<String, LocalizedText> after) {
        List<ItemChange> changes = new ArrayList<>();
        after.forEach((key, label) -> {
            if (!before.containsKey(key)) {
                changes.add(new ItemChange(key, label, true));
            }
        });
        before.forEach((key, label) -> {
            if (!after.containsKey(key)) {
                changes.add(new ItemChange(key, label, false));
            }
        });
        return List.copyOf(changes);
    }

    private static LocalizedText joined(LocalizedText path, LocalizedText level) {
        return new LocalizedText(join(path, level, Locale.ENGLISH), join(path, level, new Locale("vi")),
            join(path, level, Locale.SIMPLIFIED_CHINESE));
    }

    private static String join(LocalizedText path, LocalizedText level, Locale locale) {
        return Objects.toString(path.in(locale), "") + " — " + Objects.toString(level.in(locale), "");
    }
}
