package app.pathwise.careerpath;

import static org.assertj.core.api.Assertions.assertThat;

import app.pathwise.competency.Proficiency;
import app.pathwise.competency.RaterKind;
import app.pathwise.shared.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How readiness is computed, and how a gap is sized and ordered. */
class ReadinessTests {

    @Test
    void aLevelWithoutRequirementsIsFullyReady() {
        assertThat(Readiness.of(List.of(), List.of(), new GapYears(0, 3))).isEqualTo(new Readiness(100, 0, 0));
    }

    @Test
    void everyRequirementMetIsOneHundredPercent() {
        Readiness readiness = Readiness.of(List.of(competency(3, 3), competency(2, 5)), List.of(certification(true)),
            new GapYears(2, 2));
        assertThat(readiness).isEqualTo(new Readiness(100, 4, 4));
    }

    @Test
    void aCompetencyCountsAsCurrentOverRequiredCappedAtOneAndMissingAsZero() {
        assertThat(Readiness.of(List.of(competency(4, 2)), List.of(), null).percent()).isEqualTo(50);
        assertThat(Readiness.of(List.of(competency(4, null)), List.of(), null).percent()).isZero();
        assertThat(Readiness.of(List.of(competency(2, 5), competency(4, 1)), List.of(), null))
            .isEqualTo(new Readiness(62, 2, 1));
    }

    @Test
    void certificationsAndYearsCountAsMetOrNot() {
        assertThat(Readiness.of(List.of(), List.of(certification(true), certification(false)), null))
            .isEqualTo(new Readiness(50, 2, 1));
        assertThat(Readiness.of(List.of(), List.of(), new GapYears(5, 4))).isEqualTo(new Readiness(0, 1, 0));
        assertThat(Readiness.of(List.of(competency(3, 3)), List.of(), new GapYears(0, 0)))
            .as("a level without a years requirement does not count years").isEqualTo(new Readiness(100, 1, 1));
    }

    @Test
    void thePercentageIsRoundedDownSoOnlyEverythingMetIsOneHundred() {
        assertThat(Readiness.of(List.of(competency(3, 2), competency(3, 3), competency(3, 3)), List.of(), null)
            .percent()).isEqualTo(88);
        assertThat(Readiness.of(List.of(competency(100, 99)), List.of(), null).percent()).isEqualTo(99);
        assertThat(Readiness.of(List.of(competency(3, 2), competency(3, 3), competency(3, 2)), List.of(), null)
            .percent()).isEqualTo(77);
    }

    @Test
    void aGapIsRequiredMinusCurrentWithMissingRatingsAsZero() {
        assertThat(competency(4, 1).gap()).isEqualTo(3);
        assertThat(competency(4, null).gap()).isEqualTo(4);
        assertThat(competency(4, 5).gap()).isZero();
        assertThat(competency(4, 5).met()).isTrue();
    }

    @Test
    void aLevelsGapListsTheLargestGapsFirstAndMarksUnconfirmedRatings() {
        ExplorerPath path = new ExplorerPath(1, "P", "SPECIALIST", 10, 1, text("Path"), text(null), 1, text("Family"),
            Instant.EPOCH, 2);
        ExplorerLevel level = new ExplorerLevel(5, "L2", 2, text("Level"), text(null), text(null), text(null), 3, path,
            null, null, false);
        List<ExplorerCompetency> required = List.of(requirement(1, 2), requirement(2, 5), requirement(3, 3));
        Map<Long, Proficiency> current = Map.of(
            1L, new Proficiency(1, 2, RaterKind.MANAGER, Instant.EPOCH, 2, Instant.EPOCH, null),
            2L, new Proficiency(2, 1, RaterKind.SELF, Instant.EPOCH, 1, Instant.EPOCH, null));
        GapLevel gap = GapLevel.of(GapLevel.Kind.NEXT, level, required, List.of(), current, Map.of(1, text("Awareness")),
            1);
        assertThat(gap.competencies()).extracting(GapCompetency::competencyId).containsExactly(2L, 3L, 1L);
        assertThat(gap.competencies().get(0).confirmed()).isFalse();
        assertThat(gap.competencies().get(0).currentLabel().en()).isEqualTo("Awareness");
        assertThat(gap.competencies().get(1).rated()).isFalse();
        assertThat(gap.hasUnconfirmed()).isTrue();
        assertThat(gap.unmetCount()).isEqualTo(3);
        // (1/5 + 0 + 1 + 0 for the years) / 4
        assertThat(gap.readiness()).isEqualTo(new Readiness(30, 4, 1));
    }

    private static GapCompetency competency(int required, Integer current) {
        return new GapCompetency(1, text("Competency"), text("Group"), required, text("Label"), current, null, true);
    }

    private static GapCertification certification(boolean held) {
        return new GapCertification(1, text("Certification"), "Issuer", held, null);
    }

    private static ExplorerCompetency requirement(long id, int level) {
        return new ExplorerCompetency(id, "C" + id, text("C" + id), text("Group"), level, text("L" + level), text(null));
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en, null, null);
    }
}
