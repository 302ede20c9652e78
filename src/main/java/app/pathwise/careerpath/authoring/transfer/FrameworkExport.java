package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.careerpath.authoring.transfer.PathContents.PathInfo;
import app.pathwise.shared.LocalizedText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the framework and the paths as one CSV file: competencies with their indicators,
 * certifications, families, then each path with its levels and what hangs off them. Which version of
 * a path is written depends on the scope. The file imports back unchanged.
 */
@Component
class FrameworkExport {

    private final JdbcTemplate jdbc;
    private final PathContents contents;

    FrameworkExport(JdbcTemplate jdbc, PathContents contents) {
        this.jdbc = jdbc;
        this.contents = contents;
    }

    byte[] write(ExportScope scope) {
        List<Map<String, String>> rows = new ArrayList<>();
        jdbc.query("""
            select c.code, g.code as group_code, c.name_en, c.name_vi, c.name_zh, c.description_en, c.description_vi,
                   c.description_zh, c.active
              from competency c join competency_group g on g.id = c.group_id order by g.position, g.code, c.code
            """, rs -> {
            Map<String, String> row = row(RecordType.COMPETENCY);
            row.put("competency", rs.getString("code"));
            row.put("group", rs.getString("group_code"));
            texts(row, "name", LocalizedText.from(rs, "name"));
            texts(row, "description", LocalizedText.from(rs, "description"));
            row.put("active", rs.getBoolean("active") ? "true" : "false");
            rows.add(row);
        });
        jdbc.query("""
            select c.code, i.level, i.behaviours_en, i.behaviours_vi, i.behaviours_zh
              from competency_indicator i join competency c on c.id = i.competency_id order by c.code, i.level
            """, rs -> {
            Map<String, String> row = row(RecordType.INDICATOR);
            row.put("competency", rs.getString("code"));
            row.put("proficiency", String.valueOf(rs.getInt("level")));
            texts(row, "description", LocalizedText.from(rs, "behaviours"));
            rows.add(row);
        });
        jdbc.query("""
            select code, name_en, name_vi, name_zh, issuer, validity_months from certification order by code
            """, rs -> {
            Map<String, String> row = row(RecordType.CERTIFICATION);
            row.put("certification", rs.getString("code"));
            texts(row, "name", LocalizedText.from(rs, "name"));
            row.put("issuer", rs.getString("issuer"));
            Object months = rs.getObject("validity_months");
            row.put("validity_months", months == null ? null : months.toString());
            rows.add(row);
        });
        Map<String, Integer> familyOrder = new LinkedHashMap<>();
        jdbc.query("""
            select code, name_en, name_vi, name_zh, description_en, description_vi, description_zh, position
              from job_family order by position, code
            """, rs -> {
            Map<String, String> row = row(RecordType.FAMILY);
            row.put("family", rs.getString("code"));
            texts(row, "name", LocalizedText.from(rs, "name"));
            texts(row, "description", LocalizedText.from(rs, "description"));
            row.put("position", String.valueOf(rs.getInt("position")));
            familyOrder.put(rs.getString("code"), familyOrder.size());
            rows.add(row);
        });
        List<PathInfo> paths = contents.paths().values().stream()
            .filter(p -> scope.versionOf(p) != null)
            .sorted(Comparator.comparing((PathInfo p) -> familyOrder.getOrDefault(p.familyCode(), Integer.MAX_VALUE))
                .thenComparing(PathInfo::position).thenComparing(PathInfo::code))
            .toList();
        Map<Long, PathContent> versions = contents.load(paths.stream().map(scope::versionOf).toList());
        for (PathInfo path : paths) {
            writePath(rows, path, versions.get(scope.versionOf(path)));
        }
        return print(rows);
    }

    private static void writePath(List<Map<String, String>> rows, PathInfo path, PathContent content) {
        Map<String, String> row = row(RecordType.PATH);
        row.put("path", path.code());
        row.put("family", path.familyCode());
        row.put("track", path.track().name());
        texts(row, "name", content.name());
        texts(row, "description", content.description());
        rows.add(row);
        int position = 0;
        for (PathContent.Level level : content.levels()) {
            Map<String, String> l = levelRow(RecordType.LEVEL, path, level.code());
            l.put("position", String.valueOf(++position));
            texts(l, "name", level.title());
            texts(l, "description", level.summary());
            texts(l, "responsibilities", level.responsibilities());
            texts(l, "education", level.education());
            l.put("years", String.valueOf(level.years()));
            rows.add(l);
            level.requirements().forEach((competency, required) -> {
                Map<String, String> r = levelRow(RecordType.REQUIREMENT, path, level.code());
                r.put("competency", competency);
                r.put("proficiency", String.valueOf(required));
                rows.add(r);
            });
            level.certifications().forEach(code -> {
                Map<String, String> r = levelRow(RecordType.LEVEL_CERTIFICATION, path, level.code());
                r.put("certification", code);
                rows.add(r);
            });
            level.jobTitles().forEach(code -> {
                Map<String, String> r = levelRow(RecordType.LEVEL_JOB_TITLE, path, level.code());
                r.put("job_title", code);
                rows.add(r);
            });
            level.moves().stream().sorted(Comparator.comparing(PathContent.Move::path)
                .thenComparing(PathContent.Move::level)).forEach(move -> {
                    Map<String, String> r = levelRow(RecordType.MOVE, path, level.code());
                    r.put("target_path", move.path());
                    r.put("target_level", move.level());
                    texts(r, "description", move.note());
                    rows.add(r);
                });
        }
    }

    private static Map<String, String> levelRow(RecordType type, PathInfo path, String level) {
        Map<String, String> row = row(type);
        row.put("path", path.code());
        row.put("level", level);
        return row;
    }

    private static Map<String, String> row(RecordType type) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("record", type.name());
        return row;
    }

    private static void texts(Map<String, String> row, String prefix, LocalizedText text) {
        row.put(prefix + "_en", text.en());
        row.put(prefix + "_vi", text.vi());
        row.put(prefix + "_zh", text.zh());
    }

    /** UTF-8 with a byte order mark, so spreadsheets open it with the right characters; CRLF line ends. */
    private static byte[] print(List<Map<String, String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(RecordType.COLUMNS);
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>(RecordType.COLUMNS.size());
                for (String column : RecordType.COLUMNS) {
                    cells.add(CsvFile.escape(row.get(column)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
