package app.pathwise.careerpath.authoring.transfer;

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
 * Reads the framework file: UTF-8 only (a byte order mark is fine), comma- or semicolon-separated,
 * a header naming the columns in any order and case. Rows are numbered as a spreadsheet shows them.
 * Cells that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) are refused; the export writes such texts with a leading apostrophe, which is taken off
 * here, so exported files come back unchanged.
 */
final class CsvFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;

    private static final Pattern UNSIGNED_NUMBER = Pattern.compile("[0-9]+([.,][0-9]+)?");

    /** One data row: its number, its cells by column (unescaped), and the cells refused while reading. */
    record Row(int number, Map<String, String> cells, Set<String> rejected) {

        /** The stripped value, or null for an empty or refused cell. */
        String value(String column) {
            if (rejected.contains(column)) {
                return null;
            }
            String raw = cells.get(column);
            if (raw == null) {
                return null;
            }
            String value = raw.strip();
            return value.isEmpty() ? null : value;
        }
    }

    /** The rows read and the problems found; rows are empty when the file is unusable. */
    record Table(List<Row> rows, List<TransferProblem> problems) {

        boolean unusable() {
            return problems.stream().anyMatch(TransferProblem::wholeFile);
        }
    }

    private CsvFile() {
    }

    static Table read(byte[] content) {
        if (content.length > MAX_BYTES) {
            return unusable("careerpath.authoring.import.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = decode(content);
        } catch (BadEncoding e) {
            return unusable("careerpath.authoring.import.error.encoding", e.line);
        }
        if (text.isBlank()) {
            return unusable("careerpath.authoring.import.error.empty");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(false).get();
        List<TransferProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        long lastRecord = 0;
        int dataRows = 0;
        boolean headerRead = false;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!headerRead) {
                    headerRead = true;
                    header(record, columns, problems);
                    if (!problems.isEmpty()) {
                        return new Table(List.of(), problems);
                    }
                    continue;
                }
                if (++dataRows > MAX_ROWS) {
                    return unusable("careerpath.authoring.import.error.too-many-rows", MAX_ROWS);
                }
                Row row = row(record, columns, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            return unusable("careerpath.authoring.import.error.not-csv", lastRecord + 1);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            return unusable("careerpath.authoring.import.error.no-rows");
        }
        return new Table(rows, problems);
    }

    private static void header(CSVRecord record, List<String> columns, List<TransferProblem> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s-]+", "_");
            columns.add(name);
            if (name.isEmpty()) {
                continue;
            }
            if (!seen.add(name)) {
                problems.add(TransferProblem.ofFile("careerpath.authoring.import.error.duplicate-column", name));
            } else if (!RecordType.COLUMNS.contains(name)) {
                unknown.add(name);
            }
        }
        if (!seen.contains("record")) {
            problems.add(TransferProblem.ofFile("careerpath.authoring.import.error.no-record-column"));
        }
        if (!unknown.isEmpty()) {
            problems.add(TransferProblem.ofFile("careerpath.authoring.import.error.unknown-columns",
                String.join(", ", unknown)));
        }
    }

    private static Row row(CSVRecord record, List<String> columns, List<TransferProblem> problems) {
        int number = Math.toIntExact(record.getRecordNumber());
        boolean extraBlank = record.size() > columns.size()
            && record.stream().skip(columns.size()).allMatch(String::isBlank);
        if (record.size() != columns.size() && !extraBlank) {
            problems.add(TransferProblem.ofCell(number, null, "careerpath.authoring.import.error.cell-count",
                record.size(), columns.size()));
            return null;
        }
        Map<String, String> cells = new HashMap<>();
        Set<String> rejected = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String raw = record.get(i);
            if (column.isEmpty()) {
                if (!raw.isBlank()) {
                    problems.add(TransferProblem.ofCell(number, null,
                        "careerpath.authoring.import.error.unnamed-column", i + 1));
                }
                continue;
            }
            String formula = formulaProblem(raw, RecordType.NUMERIC.contains(column));
            if (formula != null) {
                problems.add(TransferProblem.ofCell(number, column, formula));
                rejected.add(column);
                continue;
            }
            cells.put(column, unescape(raw));
        }
        return new Row(number, cells, rejected);
    }

    /** Spreadsheets run cells starting with =, +, -, @, a tab or a carriage return as formulas. */
    static String formulaProblem(String raw, boolean numeric) {
        if (raw.isEmpty()) {
            return null;
        }
        char first = raw.charAt(0);
        if (first == '\t' || first == '\r') {
            return "careerpath.authoring.import.error.formula";
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        char lead = value.charAt(0);
        if (lead == '=' || lead == '+' || lead == '-' || lead == '@') {
            boolean signed = (lead == '+' || lead == '-') && UNSIGNED_NUMBER.matcher(value.substring(1)).matches();
            return numeric && signed ? "careerpath.authoring.import.error.signed-number"
                : "careerpath.authoring.import.error.formula";
        }
        return null;
    }

    /** What the export writes for a text a spreadsheet would take for a formula: the text after an apostrophe. */
    static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
            || first == '\'';
        return risky ? "'" + value : value;
    }

    private static String unescape(String raw) {
        String value = raw.strip();
        if (value.length() > 1 && value.charAt(0) == '\'') {
            char next = value.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r'
                || next == '\'') {
                return value.substring(1);
            }
        }
        return raw;
    }

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

    private static Table unusable(String key, Object... args) {
        return new Table(List.of(), List.of(TransferProblem.ofFile(key, args)));
    }

    private static final class BadEncoding extends Exception {
        private final int line;

        BadEncoding(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
