package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.shared.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks the cells of one row for its record type, adding a problem for each bad cell.
 * Every method returns null for a cell that is empty or bad, so callers check only what is left.
 */
final class RowReader {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

    private final CsvFile.Row row;
    private final RecordType type;
    private final List<TransferProblem> problems;
    private boolean bad;

    RowReader(CsvFile.Row row, RecordType type, List<TransferProblem> problems) {
        this.row = row;
        this.type = type;
        this.problems = problems;
        this.bad = !row.rejected().isEmpty();
        row.cells().forEach((column, value) -> {
            if (!type.uses(column) && !value.isBlank()) {
                error(column, "careerpath.authoring.import.error.unused-cell", type.name());
            }
        });
        for (String column : type.required()) {
            if (row.value(column) == null && !row.rejected().contains(column)) {
                error(column, "careerpath.authoring.import.error.required", type.name());
            }
        }
    }

    int number() {
        return row.number();
    }

    boolean bad() {
        return bad;
    }

    void error(String column, String key, Object... args) {
        problems.add(TransferProblem.ofCell(row.number(), column, key, args));
        bad = true;
    }

    /** A code (letters, digits, dots, dashes, underscores; at most 40), or null. */
    String code(String column) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        if (value.length() > 40 || !CODE.matcher(value).matches()) {
            error(column, "careerpath.authoring.import.error.code-format");
            return null;
        }
        return value;
    }

    String text(String column, int maxLength) {
        String value = row.value(column);
        if (value != null && value.length() > maxLength) {
            error(column, "careerpath.authoring.import.error.too-long", maxLength);
            return null;
        }
        return value;
    }

    /** The {@code _en}, {@code _vi} and {@code _zh} cells of a text. */
    LocalizedText texts(String prefix, int maxLength) {
        return new LocalizedText(text(prefix + "_en", maxLength), text(prefix + "_vi", maxLength),
            text(prefix + "_zh", maxLength));
    }

    Integer number(String column, int min, int max) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        if (DIGITS.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        error(column, "careerpath.authoring.import.error.number", min, max);
        return null;
    }

    Boolean bool(String column) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                error(column, "careerpath.authoring.import.error.boolean");
                yield null;
            }
        };
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> enumType, String key) {
        String value = row.value(column);
        if (value == null) {
            return null;
        }
        for (E constant : enumType.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.replace('-', '_').replace(' ', '_'))) {
                return constant;
            }
        }
        error(column, key);
        return null;
    }
}
