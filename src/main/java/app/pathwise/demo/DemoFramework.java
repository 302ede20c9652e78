package app.pathwise.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes of the demo company's competency framework and career paths, as plain data: the
 * content itself is in {@link DemoCompetencies} and {@link DemoCareerPaths}, the writer turns it
 * into rows. Every text comes in English, Vietnamese and Simplified Chinese.
 */
final class DemoFramework {

    private DemoFramework() {
    }

    /** One text in the three languages of the product. */
    record Text(String en, String vi, String zh) {

        Text {
            if (en == null || vi == null || zh == null || en.isBlank() || vi.isBlank() || zh.isBlank()) {
                throw new IllegalArgumentException("a demo text needs all three languages: " + en);
            }
        }
    }

    static Text t(String en, String vi, String zh) {
        return new Text(en, vi, zh);
    }

    /** A competency with its behavioural indicators for the levels 1 to 5 of the default scale. */
    record Competency(String code, String group, Text name, Text description, List<Text> indicators) {

        Competency {
            if (indicators.size() != 5) {
                throw new IllegalArgumentException(code + " needs an indicator for each of the 5 levels");
            }
        }
    }

    record Certification(String code, Text name, String issuer, Integer validityMonths) {
    }

    record Family(String code, Text name, Text description) {
    }

    enum Status { DRAFT, SUBMITTED, PUBLISHED, RETIRED }

    /** A lateral move from a level to the level with this code of another path. */
    record Move(String toPath, String toLevel, Text note) {
    }

    /**
     * A level of a path, the same in every version that has it (its code is stable); the job titles
     * tied to it place the people who hold them on it.
     */
    record Level(String code, int minYears, Text title, Text summary, Text responsibilities, Text education,
                 List<String> jobTitles, List<String> certifications, List<Move> moves) {

        /** The same level as an earlier version had it, with other certification requirements. */
        Level withCertifications(String... codes) {
            return new Level(code, minYears, title, summary, responsibilities, education, jobTitles, List.of(codes),
                moves);
        }
    }

    /** A competency a version's levels require, at one proficiency per level (0: not required). */
    record Requirement(String competency, int[] byPosition) {
    }

    /**
     * When a version went through its steps, in days before today (null: not yet). Approval and
     * publication happen on the decision day.
     */
    record Timeline(int created, Integer submitted, Integer decided, Integer retired) {
    }

    /** A version of a path: its levels in order, what each requires, and where it stands. */
    record Version(int number, Status status, Text name, Text description, String changeNote, List<Level> levels,
                   List<Requirement> requirements, Timeline timeline) {

        Version {
            for (Requirement requirement : requirements) {
                if (requirement.byPosition().length != levels.size()) {
                    throw new IllegalArgumentException(name.en() + " v" + number + ": " + requirement.competency()
                        + " needs one proficiency per level");
                }
            }
        }

        /** The competencies the level at this position (0-based) requires, in the order given. */
        Map<String, Integer> requirementsAt(int index) {
            Map<String, Integer> required = new LinkedHashMap<>();
            for (Requirement requirement : requirements) {
                int level = requirement.byPosition()[index];
                if (level > 0) {
                    required.put(requirement.competency(), level);
                }
            }
            return required;
        }
    }

    record Path(String code, String family, String track, List<Version> versions) {

        Optional<Version> published() {
            return versions.stream().filter(v -> v.status() == Status.PUBLISHED).findFirst();
        }
    }

    static Requirement requires(String competency, int... byPosition) {
        return new Requirement(competency, Arrays.copyOf(byPosition, byPosition.length));
    }
}
