package app.pathwise.people.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks the cells of one row, adding a problem for each bad cell. Every method
 * returns null for a cell that is empty, missing or bad, so callers check only what is left.
 */
final class RowCells {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    private final CsvTable table;
    private final CsvRow row;
    private final List<ImportProblem> problems;
    private boolean bad;

    RowCells(CsvTable table, CsvRow row, List<ImportProblem> problems) {
        this.table = table;
        this.row = row;
        this.problems = problems;
        this.bad = !row.rejected().isEmpty();
    }

    int row() {
        return row.number();
    }

    /** Whether any cell of this row has a problem, including ones found while reading. */
    boolean bad() {
        return bad;
    }

    boolean present(String column) {
        return table.has(column);
    }

    void error(String column, String key, Object... args) {
        problems.add(ImportProblem.ofCell(row.number(), column, key, args));
        bad = true;
    }

    String text(String column, int maxLength) {
        String value = row.value(column);
        if (value != null && value.length() > maxLength) {
            error(column, "people.import.error.too-long", maxLength);
            return null;
        }
        return value;
    }

    String required(String column, int maxLength) {
        if (row.isRejected(column)) {
            return null;
        }
        String value = text(column, maxLength);
        if (value == null && row.value(column) == null) {
            error(column, "people.import.error.required");
        }
        return value;
    }

    String code(String column, boolean required) {
        String value = required ? required(column, 40) : text(column, 40);
        if (value != null && !CODE.matcher(value).matches()) {
            error(column, "people.import.error.code-format");
            return null;
        }
        return value;
    }

    String email(String column) {
        String value = required(column, 254);
        if (value != null && !EMAIL.matcher(value).matches()) {
            error(column, "people.import.error.email");
            return null;
        }
        return value;
    }

    LocalDate date(String column) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem below
        }
        error(column, "people.import.error.date");
        return null;
    }

    LocalDate requiredDate(String column) {
        if (row.isRejected(column)) {
            return null;
        }
        if (row.value(column) == null) {
            error(column, "people.import.error.required");
            return null;
        }
        return date(column);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, String key) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        String name = SEPARATORS.matcher(value.toUpperCase(Locale.ROOT)).replaceAll("_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        error(column, key);
        return null;
    }

    Integer year(String column, int max) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        if (DIGITS.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            if (year >= 1900 && year <= max) {
                return year;
            }
        }
        error(column, "people.import.error.birth-year", String.valueOf(max));
        return null;
    }

    /** Whether the cell holds something, even a bad value: then it neither clears nor keeps. */
    boolean filled(String column) {
        return row.isRejected(column) || row.value(column) != null;
    }
}
