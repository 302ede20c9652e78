package app.pathwise.people.importing;

import java.util.List;

/**
 * An import file as read: its columns (normalised header names), its readable data rows, the number
 * of data rows including unreadable ones, and the problems found while reading. Rows are empty when
 * the file itself is unusable.
 */
record CsvTable(ImportKind kind, List<String> columns, List<CsvRow> rows, int dataRows,
                List<ImportProblem> problems) {

    boolean has(String column) {
        return columns.contains(column);
    }

    boolean unusable() {
        return problems.stream().anyMatch(ImportProblem::wholeFile);
    }
}
