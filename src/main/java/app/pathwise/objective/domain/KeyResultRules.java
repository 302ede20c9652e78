package app.pathwise.objective.domain;

import app.pathwise.objective.KeyResultKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * What makes a key result valid: a number or a percentage needs a start and a target that differ (a
 * percentage between 0 and 100); yes/no runs from 0 to 1; milestones from 0 to their number (one to
 * {@value KeyResultKind#MAX_MILESTONES}), and a key result never has fewer milestones than it reached.
 */
public final class KeyResultRules {

    /** The most key results an objective may have. */
    public static final int MAX_KEY_RESULTS = 10;
    public static final int MAX_MILESTONE_LENGTH = 200;

    private KeyResultRules() {
    }

    /** The draft with the values its kind implies: 0 to 1 for yes/no, 0 to the count for milestones. */
    public static KeyResultDraft normalise(KeyResultDraft draft) {
        if (draft.kind() == null) {
            return draft;
        }
        List<String> milestones = draft.milestones().stream().filter(m -> m != null && !m.isBlank())
            .map(String::strip).toList();
        return switch (draft.kind()) {
            case BOOLEAN -> new KeyResultDraft(draft.title(), draft.kind(), BigDecimal.ZERO, BigDecimal.ONE, null,
                List.of());
            case MILESTONE -> new KeyResultDraft(draft.title(), draft.kind(), BigDecimal.ZERO,
                BigDecimal.valueOf(milestones.size()), null, milestones);
            case PERCENTAGE -> new KeyResultDraft(draft.title(), draft.kind(), draft.startValue(), draft.targetValue(),
                null, List.of());
            case NUMBER -> new KeyResultDraft(draft.title(), draft.kind(), draft.startValue(), draft.targetValue(),
                draft.unit(), List.of());
        };
    }

    /**
     * The problems of a normalised draft; {@code reached} is the current value of an existing key
     * result (null for a new one).
     */
    public static Problems check(KeyResultDraft draft, BigDecimal reached) {
        Problems problems = new Problems();
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add("title", "NotBlank");
        }
        if (draft.kind() == null) {
            return problems.add("kind", "NotNull");
        }
        switch (draft.kind()) {
            case NUMBER, PERCENTAGE -> {
                checkValue(draft.kind(), "startValue", draft.startValue(), problems);
                checkValue(draft.kind(), "targetValue", draft.targetValue(), problems);
                if (!problems.has("startValue") && !problems.has("targetValue")
                    && draft.startValue().compareTo(draft.targetValue()) == 0) {
                    problems.add("targetValue", "objective.key-result.target-same");
                }
            }
            case MILESTONE -> {
                int count = draft.milestones().size();
                if (count == 0) {
                    problems.add("milestones", "objective.key-result.milestones-required");
                } else if (count > KeyResultKind.MAX_MILESTONES) {
                    problems.add("milestones", "objective.key-result.milestones-too-many", KeyResultKind.MAX_MILESTONES);
                } else if (draft.milestones().stream().anyMatch(m -> m.length() > MAX_MILESTONE_LENGTH)) {
                    problems.add("milestones", "objective.key-result.milestone-too-long", MAX_MILESTONE_LENGTH);
                } else if (reached != null && reached.intValue() > count) {
                    problems.add("milestones", "objective.key-result.milestones-below-reached", reached.intValue());
                }
            }
            case BOOLEAN -> {
            }
        }
        return problems;
    }

    private static void checkValue(KeyResultKind kind, String field, BigDecimal value, Problems problems) {
        if (value == null) {
            problems.add(field, "objective.value.required");
            return;
        }
        String problem = kind.problemWith(value, null);
        if (problem != null) {
            problems.add(field, problem);
        }
    }
}
