package app.pathwise.people.importing;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Something wrong with an import file, as a message key and its arguments so it is shown in the
 * reader's language.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1), or 0 for the whole file
 * @param column the column's name in the header, or null
 * @param key the message key
 * @param args the message arguments
 */
public record ImportProblem(int row, String column, String key, Object[] args) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Comparator<ImportProblem> IN_FILE_ORDER = Comparator.comparingInt(ImportProblem::row);

    static ImportProblem ofFile(String key, Object... args) {
        return new ImportProblem(0, null, key, args);
    }

    static ImportProblem ofCell(int row, String column, String key, Object... args) {
        return new ImportProblem(row, column, key, args);
    }

    public boolean wholeFile() {
        return row == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportProblem that && row == that.row && java.util.Objects.equals(column, that.column)
            && key.equals(that.key) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, column, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : " " + column) + ": " + key + Arrays.toString(args);
    }
}
