package app.pathwise.careerpath.authoring;

import app.pathwise.shared.LocalizedText;
import java.util.List;

/**
 * Everything HR says about one level of a path: its stable code, texts in up to three languages,
 * years of experience, and its requirements, job-title ties and lateral moves. Lists are in the
 * order of the form, so a problem can name the row it is about; blank rows are ignored.
 */
public record LevelDetails(String code, LocalizedText title, LocalizedText summary, LocalizedText responsibilities,
                           LocalizedText education, Integer minYearsExperience, List<Requirement> requirements,
                           List<Long> certificationIds, List<Long> jobTitleIds, List<Move> moves) {

    public LevelDetails {
        code = code == null ? null : code.strip();
        title = title == null ? LocalizedText.EMPTY : title;
        summary = summary == null ? LocalizedText.EMPTY : summary;
        responsibilities = responsibilities == null ? LocalizedText.EMPTY : responsibilities;
        education = education == null ? LocalizedText.EMPTY : education;
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        certificationIds = certificationIds == null ? List.of() : certificationIds.stream().distinct().toList();
        jobTitleIds = jobTitleIds == null ? List.of() : jobTitleIds.stream().distinct().toList();
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    /** A competency the level requires, at a level of the proficiency scale; a blank one is ignored. */
    public record Requirement(Long competencyId, Integer requiredLevel) {

        public boolean blank() {
            return competencyId == null && requiredLevel == null;
        }
    }

    /** A lateral move to the level with this code on another path, with what the move takes. */
    public record Move(Long toPathId, String toLevelCode, LocalizedText note) {

        /** An empty row of the form, ignored. */
        public static final Move BLANK = new Move(null, null, LocalizedText.EMPTY);

        public Move {
            note = note == null ? LocalizedText.EMPTY : note;
        }

        public boolean blank() {
            return toPathId == null && (toLevelCode == null || toLevelCode.isBlank()) && note.isEmpty();
        }
    }

    /** The requirements without the blank rows. */
    public List<Requirement> filledRequirements() {
        return requirements.stream().filter(r -> !r.blank()).toList();
    }

    /** The moves without the blank rows. */
    public List<Move> filledMoves() {
        return moves.stream().filter(m -> !m.blank()).toList();
    }
}
