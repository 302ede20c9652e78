package app.pathwise.people.importing;

import java.io.Serial;
import java.io.Serializable;

/**
 * What an import does, in numbers.
 *
 * @param rows data rows read from the file
 * @param created records to create (or created)
 * @param changed records to change (or changed)
 * @param unchanged rows that match the database already
 * @param jobTitlesCreated job titles the employee file creates
 */
public record ImportCounts(int rows, int created, int changed, int unchanged, int jobTitlesCreated)
    implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
