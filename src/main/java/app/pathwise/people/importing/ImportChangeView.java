package app.pathwise.people.importing;

import java.io.Serial;
import java.io.Serializable;

/**
 * One record an import creates or changes, for the preview and the report.
 *
 * @param row the row of the file
 * @param key the employee number or department code
 * @param name the person's or department's name
 * @param action created or changed
 * @param details the changed columns as {@code column: old → new}, separated by semicolons; the
 *     values of gender and birth year are not repeated
 */
public record ImportChangeView(int row, String key, String name, ImportAction action, String details)
    implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
