package app.pathwise.people.importing;

import java.util.Map;
import java.util.Set;

/**
 * One data row of an import file: its number as a spreadsheet shows it, its cells by column name,
 * and the cells already rejected while reading (formula-looking), which count as missing.
 */
record CsvRow(int number, Map<String, String> cells, Set<String> rejected) {

    /** The stripped value, or null for an empty or rejected cell. */
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

    boolean isRejected(String column) {
        return rejected.contains(column);
    }
}
