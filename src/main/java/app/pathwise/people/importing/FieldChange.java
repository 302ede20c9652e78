package app.pathwise.people.importing;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One column an import sets: on a new record ({@code from} is then absent), or changed on an
 * existing one. Hidden changes name the column but keep sensitive values out of reports.
 */
record FieldChange(String column, Object from, Object to, Shown shown) {

    enum Shown { INITIAL, CHANGE, HIDDEN }

    private static final String NONE = "—";

    static void compare(List<FieldChange> changes, String column, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(column, from, to, Shown.CHANGE));
        }
    }

    static void compareHidden(List<FieldChange> changes, String column, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(column, from, to, Shown.HIDDEN));
        }
    }

    /** A value of a new record, worth showing when it is set. */
    static void initial(List<FieldChange> changes, String column, Object value) {
        if (value != null) {
            changes.add(new FieldChange(column, null, value, Shown.INITIAL));
        }
    }

    String describe() {
        return switch (shown) {
            case INITIAL -> column + ": " + to;
            case CHANGE -> column + ": " + show(from) + " → " + show(to);
            case HIDDEN -> column;
        };
    }

    static String describe(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::describe).collect(Collectors.joining("; "));
    }

    private static String show(Object value) {
        return value == null ? NONE : value.toString();
    }
}
