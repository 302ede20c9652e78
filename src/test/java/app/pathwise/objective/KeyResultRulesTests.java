package app.pathwise.objective;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.objective.domain.KeyResultDraft;
import app.pathwise.objective.domain.KeyResultRules;
import app.pathwise.objective.domain.Problems;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyResultRulesTests {

    @Test
    void numbersAndPercentagesNeedATargetThatDiffersFromTheStart() {
        assertThat(keys(draft(KeyResultKind.NUMBER, "5", "5"))).containsExactly("targetValue:objective.key-result.target-same");
        assertThat(keys(draft(KeyResultKind.NUMBER, "40", "10"))).isEmpty();
        assertThat(keys(draft(KeyResultKind.NUMBER, null, "10"))).containsExactly("startValue:objective.value.required");
        assertThat(keys(draft(KeyResultKind.NUMBER, "-3.5", "1000000"))).isEmpty();
        assertThat(keys(draft(KeyResultKind.NUMBER, "1.234", "2"))).containsExactly("startValue:objective.value.decimals");
        assertThat(keys(draft(KeyResultKind.NUMBER, "0", "1000000000000"))).containsExactly(
            "targetValue:objective.value.too-large");
    }

    @Test
    void percentagesStayBetweenZeroAndAHundred() {
        assertThat(keys(draft(KeyResultKind.PERCENTAGE, "0", "100"))).isEmpty();
        assertThat(keys(draft(KeyResultKind.PERCENTAGE, "-1", "150"))).containsExactly(
            "startValue:objective.value.percentage-range", "targetValue:objective.value.percentage-range");
        assertThat(KeyResultKind.PERCENTAGE.problemWith(new BigDecimal("100.5"), null))
            .isEqualTo("objective.value.percentage-range");
    }

    @Test
    void yesNoRunsFromZeroToOneWhateverWasTyped() {
        KeyResultDraft draft = KeyResultRules.normalise(draft(KeyResultKind.BOOLEAN, "7", "7"));
        assertThat(draft.startValue()).isZero();
        assertThat(draft.targetValue()).isEqualTo(BigDecimal.ONE);
        assertThat(KeyResultRules.check(draft, null).isEmpty()).isTrue();
        assertThat(KeyResultKind.BOOLEAN.problemWith(new BigDecimal("2"), BigDecimal.ONE)).isEqualTo("objective.value.boolean");
        assertThat(KeyResultKind.BOOLEAN.problemWith(new BigDecimal("1.00"), BigDecimal.ONE)).isNull();
    }

    @Test
    void milestonesAreOneToTwelveLinesAndNeverFewerThanReached() {
        KeyResultDraft three = KeyResultRules.normalise(new KeyResultDraft("Launch", KeyResultKind.MILESTONE, null, null,
            null, List.of("Design", " ", "Beta", "Launch")));
        assertThat(three.milestones()).containsExactly("Design", "Beta", "Launch");
        assertThat(three.targetValue()).isEqualByComparingTo("3");
        assertThat(KeyResultRules.check(three, null).isEmpty()).isTrue();
        assertThat(keys(three, new BigDecimal("4"))).containsExactly("milestones:objective.key-result.milestones-below-reached");
        assertThat(keys(milestones(List.of()))).containsExactly("milestones:objective.key-result.milestones-required");
        assertThat(keys(milestones(Collections.nCopies(13, "Step")))).containsExactly(
            "milestones:objective.key-result.milestones-too-many");
        assertThat(keys(milestones(List.of("x".repeat(201))))).containsExactly(
            "milestones:objective.key-result.milestone-too-long");
        assertThat(KeyResultKind.MILESTONE.problemWith(new BigDecimal("2.5"), new BigDecimal("3")))
            .isEqualTo("objective.value.milestone-range");
        assertThat(KeyResultKind.MILESTONE.problemWith(new BigDecimal("4"), new BigDecimal("3")))
            .isEqualTo("objective.value.milestone-range");
        assertThat(KeyResultKind.MILESTONE.problemWith(new BigDecimal("3"), new BigDecimal("3"))).isNull();
    }

    private static KeyResultDraft milestones(List<String> lines) {
        return KeyResultRules.normalise(new KeyResultDraft("Steps", KeyResultKind.MILESTONE, null, null, null, lines));
    }

    private static KeyResultDraft draft(KeyResultKind kind, String start, String target) {
        return new KeyResultDraft("Result", kind, start == null ? null : new BigDecimal(start),
            target == null ? null : new BigDecimal(target), null, List.of());
    }

    private static List<String> keys(KeyResultDraft draft) {
        return keys(KeyResultRules.normalise(draft), null);
    }

    private static List<String> keys(KeyResultDraft draft, BigDecimal reached) {
        Problems problems = KeyResultRules.check(draft, reached);
        return problems.list().stream().map(p -> p.field() + ":" + p.key()).toList();
    }
}
