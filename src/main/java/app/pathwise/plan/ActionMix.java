package app.pathwise.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a plan's actions spread over the 70-20-10 modes (experience, relationships, formal learning),
 * beside the guideline. Percentages add up to 100 when there is any action (largest remainders).
 */
public record ActionMix(List<Part> parts, Map<ActionKind, Long> byKind, long total) {

    /** One mode: how many actions, their share in percent, the guideline share, where its bar starts. */
    public record Part(LearningMode mode, long count, int percent, int guideline, int offset) {
    }

    public static ActionMix of(List<ActionKind> kinds) {
        Map<ActionKind, Long> byKind = new EnumMap<>(ActionKind.class);
        Map<LearningMode, Long> byMode = new EnumMap<>(LearningMode.class);
        for (LearningMode mode : LearningMode.values()) {
            byMode.put(mode, 0L);
        }
        for (ActionKind kind : kinds) {
            byKind.merge(kind, 1L, Long::sum);
            byMode.merge(kind.mode(), 1L, Long::sum);
        }
        long total = kinds.size();
        int[] percents = new int[LearningMode.values().length];
        if (total > 0) {
            double[] remainders = new double[percents.length];
            int sum = 0;
            for (LearningMode mode : LearningMode.values()) {
                double exact = byMode.get(mode) * 100.0 / total;
                percents[mode.ordinal()] = (int) Math.floor(exact);
                remainders[mode.ordinal()] = exact - percents[mode.ordinal()];
                sum += percents[mode.ordinal()];
            }
            while (sum < 100) {
                int largest = 0;
                for (int i = 1; i < remainders.length; i++) {
                    if (remainders[i] > remainders[largest]) {
                        largest = i;
                    }
                }
                percents[largest]++;
                remainders[largest] = -1;
                sum++;
            }
        }
        List<Part> parts = new ArrayList<>();
        int offset = 0;
        for (LearningMode mode : LearningMode.values()) {
            parts.add(new Part(mode, byMode.get(mode), percents[mode.ordinal()], mode.share(), offset));
            offset += percents[mode.ordinal()];
        }
        return new ActionMix(List.copyOf(parts), Map.copyOf(byKind), total);
    }

    public boolean empty() {
        return total == 0;
    }

    public long count(ActionKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }
}
