package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.careerpath.authoring.PathTrack;
import app.pathwise.careerpath.authoring.transfer.ImportPlan.CertificationWrite;
import app.pathwise.careerpath.authoring.transfer.ImportPlan.CompetencyWrite;
import app.pathwise.careerpath.authoring.transfer.ImportPlan.FamilyWrite;
import app.pathwise.careerpath.authoring.transfer.ImportPlan.IndicatorWrite;
import app.pathwise.careerpath.authoring.transfer.ImportPlan.PathWrite;
import app.pathwise.careerpath.authoring.transfer.ImportSnapshot.State;
import app.pathwise.careerpath.authoring.transfer.PathContents.PathInfo;
import app.pathwise.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Checks a framework file against itself and the database and plans its writes. Framework records
 * (competencies, indicators, certifications, families) are matched by code and created or updated;
 * a path's rows describe the whole content of a new draft version, made only when it differs from
 * the path's latest version. Nothing is planned when any row has a problem.
 */
@Component
class ImportPlanner {

    private static final int NAME = 200;
    private static final int TEXT = 4000;
    private static final int EDUCATION = 500;
    private static final int NOTE = 1000;

    private final ImportSnapshot snapshots;
    private final PathContents contents;

    ImportPlanner(ImportSnapshot snapshots, PathContents contents) {
        this.snapshots = snapshots;
        this.contents = contents;
    }

    private record Competency(int row, String code, String group, LocalizedText name, LocalizedText description,
                              boolean active) {
    }

    private record Indicator(int row, String competency, int level, LocalizedText behaviours) {
    }

    private record Certification(int row, String code, LocalizedText name, String issuer, Integer validity) {
    }

    private record Family(int row, String code, LocalizedText name, LocalizedText description, Integer position) {
    }

    private record Path(int row, String code, String family, PathTrack track, LocalizedText name,
                        LocalizedText description) {
    }

    private record Level(int row, String path, String code, Integer position, LocalizedText title,
                         LocalizedText summary, LocalizedText responsibilities, LocalizedText education, int years) {
    }

    /** A REQUIREMENT, LEVEL_CERTIFICATION or LEVEL_JOB_TITLE row: a level and what it links to. */
    private record Link(int row, RecordType type, String path, String level, String target, Integer proficiency) {
    }

    private record Move(int row, String path, String level, String targetPath, String targetLevel,
                        LocalizedText note) {
    }

    /** The file's records, and the keys rows declare even when another of their cells is bad. */
    private static final class Parsed {
        final List<Competency> competencies = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        final List<Certification> certifications = new ArrayList<>();
        final List<Family> families = new ArrayList<>();
        final List<Path> paths = new ArrayList<>();
        final List<Level> levels = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Move> moves = new ArrayList<>();
        final Map<String, Integer> declared = new HashMap<>();

        /** Records a key on its first row; returns the earlier row when the key was already declared. */
        Integer declare(String kind, String key, int row) {
            return declared.putIfAbsent(kind + "\u001F" + key, row);
        }

        boolean has(String kind, String key) {
            return declared.containsKey(kind + "\u001F" + key);
        }
    }

    ImportPlan plan(CsvFile.Table table) {
        List<TransferProblem> problems = new ArrayList<>(table.problems());
        if (table.unusable()) {
            return new ImportPlan(problems, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);
        }
        Parsed parsed = new Parsed();
        for (CsvFile.Row row : table.rows()) {
            read(row, parsed, problems);
        }
        State db = snapshots.load();
        checkReferences(parsed, db, problems);
        List<ImportChange> changes = new ArrayList<>();
        int[] unchanged = {0};
        List<CompetencyWrite> competencies = competencies(parsed, db, problems, changes, unchanged);
        List<IndicatorWrite> indicators = indicators(parsed, db, changes, unchanged);
        List<CertificationWrite> certifications = certifications(parsed, db, changes, unchanged);
        List<FamilyWrite> families = families(parsed, db, changes, unchanged);
        List<PathWrite> paths = paths(parsed, db, problems, changes, unchanged);
        problems.sort(Comparator.comparingInt(TransferProblem::row));
        changes.sort(Comparator.comparingInt(ImportChange::row));
        if (!problems.isEmpty()) {
            return new ImportPlan(problems, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                table.rows().size(), 0);
        }
        return new ImportPlan(List.of(), competencies, indicators, certifications, families, paths, changes,
            table.rows().size(), unchanged[0]);
    }

    // --- reading rows ------------------------------------------------------------------------------

    private static void read(CsvFile.Row row, Parsed parsed, List<TransferProblem> problems) {
        String record = row.value("record");
        RecordType type = null;
        if (record != null) {
            for (RecordType candidate : RecordType.values()) {
                if (candidate.name().equalsIgnoreCase(record)) {
                    type = candidate;
                }
            }
        }
        if (type == null) {
            problems.add(TransferProblem.ofCell(row.number(), "record",
                record == null ? "careerpath.authoring.import.error.record-missing"
                    : "careerpath.authoring.import.error.record-unknown"));
            return;
        }
        RowReader cells = new RowReader(row, type, problems);
        switch (type) {
            case COMPETENCY -> {
                String code = declare(parsed, cells, "competency", "competency", cells.code("competency"));
                Competency c = new Competency(cells.number(), code, cells.code("group"), cells.texts("name", NAME),
                    cells.texts("description", TEXT), !Boolean.FALSE.equals(cells.bool("active")));
                if (!cells.bad()) {
                    parsed.competencies.add(c);
                }
            }
            case INDICATOR -> {
                String competency = cells.code("competency");
                Integer level = cells.number("proficiency", 1, 10);
                if (competency != null && level != null) {
                    declare(parsed, cells, "indicator", "proficiency", competency + "/" + level);
                }
                LocalizedText behaviours = cells.texts("description", TEXT);
                if (!cells.bad()) {
                    parsed.indicators.add(new Indicator(cells.number(), competency, level, behaviours));
                }
            }
            case CERTIFICATION -> {
                String code = declare(parsed, cells, "certification", "certification", cells.code("certification"));
                Certification c = new Certification(cells.number(), code, cells.texts("name", NAME),
                    cells.text("issuer", NAME), cells.number("validity_months", 1, 1200));
                if (!cells.bad()) {
                    parsed.certifications.add(c);
                }
            }
            case FAMILY -> {
                String code = declare(parsed, cells, "family", "family", cells.code("family"));
                Family f = new Family(cells.number(), code, cells.texts("name", NAME), cells.texts("description", TEXT),
                    cells.number("position", 0, 100_000));
                if (!cells.bad()) {
                    parsed.families.add(f);
                }
            }
            case PATH -> {
                String code = declare(parsed, cells, "path", "path", cells.code("path"));
                Path p = new Path(cells.number(), code, cells.code("family"),
                    cells.enumValue("track", PathTrack.class, "careerpath.authoring.import.error.track"),
                    cells.texts("name", NAME), cells.texts("description", TEXT));
                if (!cells.bad()) {
                    parsed.paths.add(p);
                }
            }
            case LEVEL -> {
                String path = cells.code("path");
                String code = cells.code("level");
                if (path != null && code != null) {
                    declare(parsed, cells, "level", "level", path + "/" + code);
                }
                if (path != null) {
                    parsed.declared.putIfAbsent("level-of\u001F" + path, cells.number());
                }
                Integer years = cells.number("years", 0, 50);
                Level l = new Level(cells.number(), path, code, cells.number("position", 0, 1000),
                    cells.texts("name", NAME), cells.texts("description", TEXT), cells.texts("responsibilities", TEXT),
                    cells.texts("education", EDUCATION), years == null ? 0 : years);
                if (!cells.bad()) {
                    parsed.levels.add(l);
                }
            }
            case REQUIREMENT, LEVEL_CERTIFICATION, LEVEL_JOB_TITLE -> {
                String column = switch (type) {
                    case REQUIREMENT -> "competency";
                    case LEVEL_CERTIFICATION -> "certification";
                    default -> "job_title";
                };
                String path = cells.code("path");
                String level = cells.code("level");
                String target = cells.code(column);
                Integer proficiency = type == RecordType.REQUIREMENT ? cells.number("proficiency", 1, 10) : null;
                if (path != null && level != null && target != null) {
                    declare(parsed, cells, type.name(), column, path + "/" + level + "/" + target);
                }
                if (!cells.bad()) {
                    parsed.links.add(new Link(cells.number(), type, path, level, target, proficiency));
                }
            }
            case MOVE -> {
                String path = cells.code("path");
                String level = cells.code("level");
                String targetPath = cells.code("target_path");
                String targetLevel = cells.code("target_level");
                if (path != null && level != null && targetPath != null && targetLevel != null) {
                    declare(parsed, cells, "move", "target_level", path + "/" + level + "/" + targetPath + "/"
                        + targetLevel);
                }
                LocalizedText note = cells.texts("description", NOTE);
                if (!cells.bad()) {
                    parsed.moves.add(new Move(cells.number(), path, level, targetPath, targetLevel, note));
                }
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private static String declare(Parsed parsed, RowReader cells, String kind, String column, String key) {
        if (key == null) {
            return null;
        }
        Integer earlier = parsed.declare(kind, key, cells.number());
        if (earlier != null) {
            cells.error(column, "careerpath.authoring.import.error.duplicate", earlier);
        }
        return key;
    }

    // --- references ---------------------------------------------------------------------------------

    private static void checkReferences(Parsed parsed, State db, List<TransferProblem> problems) {
        for (Competency c : parsed.competencies) {
            if (!db.groups().contains(c.group())) {
                problems.add(TransferProblem.ofCell(c.row(), "group", "careerpath.authoring.import.error.group-unknown",
                    c.group()));
            }
        }
        for (Indicator i : parsed.indicators) {
            competencyKnown(parsed, db, i.row(), i.competency(), problems);
            scaleKnown(db, i.row(), i.level(), problems);
        }
        for (Path p : parsed.paths) {
            if (!parsed.has("family", p.family()) && !db.families().containsKey(p.family())) {
                problems.add(TransferProblem.ofCell(p.row(), "family",
                    "careerpath.authoring.import.error.family-unknown", p.family()));
            }
            PathInfo existing = db.paths().get(p.code());
            if (existing != null && !existing.familyCode().equals(p.family())) {
                problems.add(TransferProblem.ofCell(p.row(), "family", "careerpath.authoring.import.error.family-fixed",
                    existing.familyCode()));
            }
            if (existing != null && existing.track() != p.track()) {
                problems.add(TransferProblem.ofCell(p.row(), "track", "careerpath.authoring.import.error.track-fixed",
                    existing.track().name()));
            }
            if (!parsed.has("level-of", p.code())) {
                problems.add(TransferProblem.ofCell(p.row(), "path", "careerpath.authoring.import.error.no-levels"));
            }
        }
        for (Level l : parsed.levels) {
            if (!parsed.has("path", l.path())) {
                problems.add(TransferProblem.ofCell(l.row(), "path",
                    "careerpath.authoring.import.error.path-not-in-file", l.path()));
            }
        }
        for (Link link : parsed.links) {
            levelInFile(parsed, link.row(), link.path(), link.level(), problems);
            switch (link.type()) {
                case REQUIREMENT -> {
                    competencyKnown(parsed, db, link.row(), link.target(), problems);
                    scaleKnown(db, link.row(), link.proficiency(), problems);
                }
                case LEVEL_CERTIFICATION -> {
                    if (!parsed.has("certification", link.target())
                        && !db.certifications().containsKey(link.target())) {
                        problems.add(TransferProblem.ofCell(link.row(), "certification",
                            "careerpath.authoring.import.error.certification-unknown", link.target()));
                    }
                }
                default -> {
                    if (!db.jobTitles().contains(link.target())) {
                        problems.add(TransferProblem.ofCell(link.row(), "job_title",
                            "careerpath.authoring.import.error.job-title-unknown", link.target()));
                    }
                }
            }
        }
        for (Move m : parsed.moves) {
            levelInFile(parsed, m.row(), m.path(), m.level(), problems);
            if (m.targetPath().equals(m.path())) {
                problems.add(TransferProblem.ofCell(m.row(), "target_path",
                    "careerpath.authoring.import.error.move-own-path"));
            } else if (parsed.has("path", m.targetPath())) {
                if (!parsed.has("level", m.targetPath() + "/" + m.targetLevel())) {
                    problems.add(TransferProblem.ofCell(m.row(), "target_level",
                        "careerpath.authoring.import.error.target-level-unknown", m.targetPath(), m.targetLevel()));
                }
            } else if (!db.paths().containsKey(m.targetPath())) {
                problems.add(TransferProblem.ofCell(m.row(), "target_path",
                    "careerpath.authoring.import.error.target-path-unknown", m.targetPath()));
            } else if (!db.levelCodes().getOrDefault(m.targetPath(), Set.of()).contains(m.targetLevel())) {
                problems.add(TransferProblem.ofCell(m.row(), "target_level",
                    "careerpath.authoring.import.error.target-level-unknown", m.targetPath(), m.targetLevel()));
            }
        }
    }

    private static void competencyKnown(Parsed parsed, State db, int row, String code, List<TransferProblem> problems) {
        if (!parsed.has("competency", code) && !db.competencies().containsKey(code)) {
            problems.add(TransferProblem.ofCell(row, "competency",
                "careerpath.authoring.import.error.competency-unknown", code));
        }
    }

    private static void scaleKnown(State db, int row, Integer level, List<TransferProblem> problems) {
        if (level != null && !db.scale().contains(level)) {
            int top = db.scale().stream().mapToInt(Integer::intValue).max().orElse(0);
            problems.add(TransferProblem.ofCell(row, "proficiency",
                "careerpath.authoring.import.error.above-scale", top));
        }
    }

    private static void levelInFile(Parsed parsed, int row, String path, String level, List<TransferProblem> problems) {
        if (!parsed.has("level", path + "/" + level)) {
            problems.add(TransferProblem.ofCell(row, "level", "careerpath.authoring.import.error.level-not-in-file",
                path, level));
        }
    }

    // --- planning writes ----------------------------------------------------------------------------

    private static List<CompetencyWrite> competencies(Parsed parsed, State db, List<TransferProblem> problems,
                                                      List<ImportChange> changes, int[] unchanged) {
        Map<String, String> names = new HashMap<>();
        db.competencies().forEach((code, c) -> names.put(code, c.name().en()));
        parsed.competencies.forEach(c -> names.put(c.code(), c.name().en()));
        Map<String, String> byName = new HashMap<>();
        Set<String> clashing = new TreeSet<>();
        names.forEach((code, name) -> {
            String other = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
            if (other != null) {
                clashing.add(name.toLowerCase(Locale.ROOT));
            }
        });
        List<CompetencyWrite> writes = new ArrayList<>();
        for (Competency c : parsed.competencies) {
            if (clashing.contains(c.name().en().toLowerCase(Locale.ROOT))) {
                problems.add(TransferProblem.ofCell(c.row(), "name_en",
                    "careerpath.authoring.import.error.name-taken"));
                continue;
            }
            ImportSnapshot.Competency existing = db.competencies().get(c.code());
            if (existing == null) {
                writes.add(new CompetencyWrite(null, c.code(), c.group(), c.name(), c.description(), c.active()));
                changes.add(new ImportChange(c.row(), RecordType.COMPETENCY, c.code(), ImportAction.CREATE));
            } else if (!existing.groupCode().equals(c.group()) || !existing.name().equals(c.name())
                || !existing.description().equals(c.description()) || existing.active() != c.active()) {
                writes.add(new CompetencyWrite(existing.id(), c.code(), c.group(), c.name(), c.description(),
                    c.active()));
                changes.add(new ImportChange(c.row(), RecordType.COMPETENCY, c.code(), ImportAction.UPDATE));
            } else {
                unchanged[0]++;
            }
        }
        return writes;
    }

    private static List<IndicatorWrite> indicators(Parsed parsed, State db, List<ImportChange> changes,
                                                   int[] unchanged) {
        List<IndicatorWrite> writes = new ArrayList<>();
        for (Indicator i : parsed.indicators) {
            LocalizedText existing = db.indicators().get(State.indicatorKey(i.competency(), i.level()));
            if (i.behaviours().equals(existing)) {
                unchanged[0]++;
                continue;
            }
            writes.add(new IndicatorWrite(i.competency(), i.level(), i.behaviours()));
            changes.add(new ImportChange(i.row(), RecordType.INDICATOR, i.competency() + " · " + i.level(),
                existing == null ? ImportAction.CREATE : ImportAction.UPDATE));
        }
        return writes;
    }

    private static List<CertificationWrite> certifications(Parsed parsed, State db, List<ImportChange> changes,
                                                           int[] unchanged) {
        List<CertificationWrite> writes = new ArrayList<>();
        for (Certification c : parsed.certifications) {
            ImportSnapshot.Certification existing = db.certifications().get(c.code());
            if (existing != null && existing.name().equals(c.name()) && Objects.equals(existing.issuer(), c.issuer())
                && Objects.equals(existing.validityMonths(), c.validity())) {
                unchanged[0]++;
                continue;
            }
            writes.add(new CertificationWrite(existing == null ? null : existing.id(), c.code(), c.name(), c.issuer(),
                c.validity()));
            changes.add(new ImportChange(c.row(), RecordType.CERTIFICATION, c.code(),
                existing == null ? ImportAction.CREATE : ImportAction.UPDATE));
        }
        return writes;
    }

    private static List<FamilyWrite> families(Parsed parsed, State db, List<ImportChange> changes, int[] unchanged) {
        List<FamilyWrite> writes = new ArrayList<>();
        int next = db.families().values().stream().mapToInt(ImportSnapshot.Family::position).max().orElse(0);
        for (Family f : parsed.families) {
            ImportSnapshot.Family existing = db.families().get(f.code());
            int position = f.position() != null ? f.position() : existing != null ? existing.position() : ++next;
            if (existing != null && existing.name().equals(f.name()) && existing.description().equals(f.description())
                && existing.position() == position) {
                unchanged[0]++;
                continue;
            }
            writes.add(new FamilyWrite(existing == null ? null : existing.id(), f.code(), f.name(), f.description(),
                position));
            changes.add(new ImportChange(f.row(), RecordType.FAMILY, f.code(),
                existing == null ? ImportAction.CREATE : ImportAction.UPDATE));
        }
        return writes;
    }

    private List<PathWrite> paths(Parsed parsed, State db, List<TransferProblem> problems, List<ImportChange> changes,
                                  int[] unchanged) {
        Map<String, PathContent> fileContents = new LinkedHashMap<>();
        for (Path p : parsed.paths) {
            fileContents.put(p.code(), contentOf(p, parsed));
        }
        List<Long> current = parsed.paths.stream().map(p -> db.paths().get(p.code())).filter(Objects::nonNull)
            .flatMap(p -> java.util.stream.Stream.of(p.publishedVersionId(), p.openVersionId()))
            .filter(Objects::nonNull).toList();
        Map<Long, PathContent> versions = contents.load(current);
        List<PathWrite> writes = new ArrayList<>();
        for (Path p : parsed.paths) {
            PathContent content = fileContents.get(p.code());
            PathInfo existing = db.paths().get(p.code());
            if (existing == null) {
                writes.add(new PathWrite(null, p.code(), p.family(), p.track(), content));
                changes.add(new ImportChange(p.row(), RecordType.PATH, p.code(), ImportAction.NEW_PATH));
                continue;
            }
            boolean same = existing.publishedVersionId() != null
                && content.equals(versions.get(existing.publishedVersionId()))
                || existing.openVersionId() != null && content.equals(versions.get(existing.openVersionId()));
            if (same) {
                unchanged[0]++;
            } else if (existing.openVersionId() != null) {
                problems.add(TransferProblem.ofCell(p.row(), "path", "careerpath.authoring.import.error.open-version",
                    existing.openNumber(), existing.openStatus().name()));
            } else {
                writes.add(new PathWrite(existing.id(), p.code(), p.family(), p.track(), content));
                changes.add(new ImportChange(p.row(), RecordType.PATH, p.code(), ImportAction.NEW_VERSION));
            }
        }
        return writes;
    }

    private static PathContent contentOf(Path path, Parsed parsed) {
        List<Level> levels = parsed.levels.stream().filter(l -> l.path().equals(path.code()))
            .sorted(Comparator.comparing((Level l) -> l.position() == null ? Integer.MAX_VALUE : l.position())
                .thenComparingInt(Level::row))
            .toList();
        List<PathContent.Level> result = new ArrayList<>();
        for (Level level : levels) {
            Map<String, Integer> requirements = new TreeMap<>();
            Set<String> certifications = new TreeSet<>();
            Set<String> jobTitles = new TreeSet<>();
            for (Link link : parsed.links) {
                if (link.path().equals(path.code()) && link.level().equals(level.code())) {
                    switch (link.type()) {
                        case REQUIREMENT -> requirements.put(link.target(), link.proficiency());
                        case LEVEL_CERTIFICATION -> certifications.add(link.target());
                        default -> jobTitles.add(link.target());
                    }
                }
            }
            Set<PathContent.Move> moves = new LinkedHashSet<>();
            for (Move move : parsed.moves) {
                if (move.path().equals(path.code()) && move.level().equals(level.code())) {
                    moves.add(new PathContent.Move(move.targetPath(), move.targetLevel(), move.note()));
                }
            }
            result.add(new PathContent.Level(level.code(), level.title(), level.summary(), level.responsibilities(),
                level.education(), level.years(), requirements, certifications, jobTitles, moves));
        }
        return new PathContent(path.name(), path.description(), List.copyOf(result));
    }
}
