package app.pathwise.careerpath;

import app.pathwise.people.Option;
import java.util.List;

/**
 * The needs map of a group: competencies (rows) against people, or against departments when the
 * group has more than {@link NeedsMapQueries#PEOPLE_COLUMNS} people. {@code people} counts the group,
 * {@code placed} those whose job title places them on a level (only they have requirements). The
 * scopes the user may choose come along: departments and job families.
 */
public record NeedsMap(NeedsMapScope scope, int people, int placed, boolean byDepartment,
                       List<NeedsMapColumn> columns, List<NeedsMapRow> rows, int columnPage, int columnPages,
                       List<Option> departments, List<ExplorerFamily> families) {

    public boolean hasPreviousColumns() {
        return columnPage > 0;
    }

    public boolean hasNextColumns() {
        return columnPage + 1 < columnPages;
    }
}
