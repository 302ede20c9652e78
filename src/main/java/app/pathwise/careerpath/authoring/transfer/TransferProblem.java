package app.pathwise.careerpath.authoring.transfer;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Something wrong with an import file, as a message key and arguments shown in the reader's language.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1), or 0 for the whole file
 * @param column the column's name, or null
 */
public record TransferProblem(int row, String column, String key, Object[] args) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static TransferProblem ofFile(String key, Object... args) {
        return new TransferProblem(0, null, key, args);
    }

    static TransferProblem ofCell(int row, String column, String key, Object... args) {
        return new TransferProblem(row, column, key, args);
    }

    public boolean wholeFile() {
        return row == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransferProblem that && row == that.row && Objects.equals(column, that.column)
            && key.equals(that.key) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : " " + column) + ": " + key + Arrays.toString(args);
    }
}
