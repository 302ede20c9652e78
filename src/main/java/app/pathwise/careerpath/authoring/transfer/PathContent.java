package app.pathwise.careerpath.authoring.transfer;

import app.pathwise.shared.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a version of a path says, by codes only (no ids), so a version in the database and one
 * described by a file can be compared and written from each other.
 */
record PathContent(LocalizedText name, LocalizedText description, List<Level> levels) {

    record Level(String code, LocalizedText title, LocalizedText summary, LocalizedText responsibilities,
                 LocalizedText education, int years, Map<String, Integer> requirements, Set<String> certifications,
                 Set<String> jobTitles, Set<Move> moves) {
    }

    /** A lateral move to the level {@code level} of the path {@code path}. */
    record Move(String path, String level, LocalizedText note) {
    }
}
