package app.pathwise.people.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file: UTF-8 only (a byte order mark is fine), comma- or semicolon-separated,
 * a header row whose names are matched without regard to case or order. Rows are numbered as a
 * spreadsheet shows them: empty lines count, a cell spanning several lines does not. Checks everything that
 * needs no database: encoding, size, columns, cell counts and formula-looking cells.
 */
final class CsvReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 60_000;

    private static final Pattern UNSIGNED_NUMBER = Pattern.compile("[0-9]+([.,][0-9]+)?");

    private CsvReader() {
    }

    static CsvTable read(byte[] content, ImportKind kind) {
        if (content.length > MAX_BYTES) {
            return unusable(kind, ImportProblem.ofFile("people.import.error.too-large", MAX_BYTES / (1024 * 1024)));
        }
        String text;
        try {
            text = decode(content);
        } catch (BadEncoding e) {
            return unusable(kind, ImportProblem.ofFile("people.import.error.encoding", e.line));
        }
        if (text.isBlank()) {
            return unusable(kind, ImportProblem.ofFile("people.import.error.empty"));
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
            .setDelimiter(delimiterOf(text))
            .setIgnoreEmptyLines(false)
            .get();
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvRow> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Set<Integer> unnamed = new HashSet<>();
        long lastRecord = 0;
        int dataRows = 0;
        boolean headerRead = false;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (!headerRead) {
                    headerRead = true;
                    header(record, kind, columns, unnamed, problems);
                    if (!problems.isEmpty()) {
                        return new CsvTable(kind, columns, List.of(), 0, problems);
                    }
                    continue;
                }
                if (++dataRows > MAX_ROWS) {
                    return unusable(kind, ImportProblem.ofFile("people.import.error.too-many-rows", MAX_ROWS));
                }
                CsvRow row = row(record, kind, columns, unnamed, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            return unusable(kind, ImportProblem.ofFile("people.import.error.not-csv", lastRecord + 1));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            return unusable(kind, ImportProblem.ofFile("people.import.error.no-rows"));
        }
        return new CsvTable(kind, List.copyOf(columns), rows, dataRows, problems);
    }

    private static void header(CSVRecord record, ImportKind kind, List<String> columns, Set<Integer> unnamed,
                               List<ImportProblem> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String name = normaliseHeader(record.get(i));
            columns.add(name);
            if (name.isEmpty()) {
                unnamed.add(i);
            } else if (!seen.add(name)) {
                problems.add(ImportProblem.ofFile("people.import.error.duplicate-column", name));
            } else if (!kind.columns().contains(name)) {
                unknown.add(name);
            }
        }
        List<String> missing = kind.requiredColumns().stream().filter(c -> !seen.contains(c)).toList();
        for (ImportKind other : ImportKind.values()) {
            if (other != kind && !missing.isEmpty() && seen.containsAll(other.requiredColumns())) {
                problems.add(0, ImportProblem.ofFile("people.import.error.looks-like-" + other.slug()));
                return;
            }
        }
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.ofFile("people.import.error.missing-columns", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            problems.add(ImportProblem.ofFile("people.import.error.unknown-columns", String.join(", ", unknown),
                String.join(", ", kind.columns())));
        }
    }

    private static CsvRow row(CSVRecord record, ImportKind kind, List<String> columns, Set<Integer> unnamed,
                              List<ImportProblem> problems) {
        int number = Math.toIntExact(record.getRecordNumber());
        int cells = record.size();
        boolean extraBlank = cells > columns.size()
            && record.stream().skip(columns.size()).allMatch(String::isBlank);
        if (cells != columns.size() && !extraBlank) {
            problems.add(ImportProblem.ofCell(number, null, "people.import.error.cell-count", cells, columns.size()));
            return null;
        }
        Map<String, String> values = new HashMap<>();
        Set<String> rejected = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String raw = record.get(i);
            if (unnamed.contains(i)) {
                if (!raw.isBlank()) {
                    problems.add(ImportProblem.ofCell(number, null, "people.import.error.unnamed-column", i + 1));
                }
                continue;
            }
            String column = columns.get(i);
            values.put(column, raw);
            String formula = formulaProblem(raw, kind.isNumeric(column));
            if (formula != null) {
                problems.add(ImportProblem.ofCell(number, column, formula));
                rejected.add(column);
            }
        }
        return new CsvRow(number, values, rejected);
    }

    /**
     * Spreadsheets run cells that start with =, +, -, @, a tab or a carriage return as formulas
     * (CSV injection). A signed number gets its own message: none of our numbers can be negative.
     */
    static String formulaProblem(String raw, boolean numeric) {
        if (raw.isEmpty()) {
            return null;
        }
        char first = raw.charAt(0);
        if (first == '\t' || first == '\r') {
            return "people.import.error.formula";
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        char lead = value.charAt(0);
        if (lead == '=' || lead == '+' || lead == '-' || lead == '@') {
            boolean signedNumber = (lead == '+' || lead == '-')
                && UNSIGNED_NUMBER.matcher(value.substring(1)).matches();
            return numeric && signedNumber ? "people.import.error.signed-number" : "people.import.error.formula";
        }
        return null;
    }

    static String normaliseHeader(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** Semicolons when the header has more of them than commas (spreadsheets in some locales). */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(byte[] content) throws BadEncoding {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
            && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadEncoding(lineAt(content, in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new BadEncoding(lineAt(content, content.length));
        }
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new BadEncoding(1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count());
        }
        return text;
    }

    private static int lineAt(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static CsvTable unusable(ImportKind kind, ImportProblem problem) {
        return new CsvTable(kind, List.of(), List.of(), 0, List.of(problem));
    }

    private static final class BadEncoding extends Exception {
        private final int line;

        BadEncoding(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
