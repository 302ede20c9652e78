package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;
import java.util.List;

/**
 * A competency in the needs map: how many people in the whole group have it as a requirement, how
 * many are below it, and the cells for the columns shown (null where nobody in the column needs it).
 * Rows come sorted by {@code below}, most first: the input to training needs.
 */
public record NeedsMapRow(long competencyId, String code, LocalizedText name, LocalizedText group, int people,
                          int below, List<NeedsMapCell> cells) {
}
