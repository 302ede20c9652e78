package app.pathwise.careerpath.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pathwise.careerpath.PathVersionHistory.ChangeKind;
import app.pathwise.careerpath.PathVersionHistory.LevelChange;
import app.pathwise.careerpath.PathVersionHistory.LevelField;
import app.pathwise.careerpath.authoring.VersionSnapshots.LevelSnapshot;
import app.pathwise.careerpath.authoring.VersionSnapshots.Required;
import app.pathwise.shared.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lifecycle rules of a version and the comparison of two versions' levels, without Spring. */
class PathVersionTests {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final PathVersion version = PathVersion.firstDraft(7, new LocalizedText("Path", null, null),
        LocalizedText.EMPTY, 1, NOW);

    @Test
    void aDraftIsSubmittedApprovedAndPublished() {
        version.submit(1, NOW);
        assertThat(version.getStatus()).isEqualTo(VersionStatus.SUBMITTED);
        version.approve(2, NOW, " ");
        assertThat(version.getStatus()).isEqualTo(VersionStatus.APPROVED);
        assertThat(version.getDecisionComment()).isNull();
        version.publish(NOW, " First ladder ");
        assertThat(version.getStatus()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(version.getChangeNote()).isEqualTo("First ladder");
        version.retire(NOW);
        assertThat(version.getStatus()).isEqualTo(VersionStatus.RETIRED);
    }

    @Test
    void sendingBackNeedsAComment() {
        version.submit(1, NOW);
        assertThatThrownBy(() -> version.sendBack(2, NOW, "  ")).isInstanceOf(IllegalArgumentException.class);
        version.sendBack(2, NOW, "More detail, please.");
        assertThat(version.getStatus()).isEqualTo(VersionStatus.DRAFT);
        assertThat(version.getDecisionComment()).isEqualTo("More detail, please.");
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> version.approve(2, NOW, null)).isInstanceOf(AuthoringRefusal.class)
            .extracting(e -> ((AuthoringRefusal) e).messageKey()).isEqualTo("careerpath.authoring.refused.not-submitted");
        assertThatThrownBy(() -> version.publish(NOW, "note")).isInstanceOf(AuthoringRefusal.class);
        version.submit(1, NOW);
        assertThatThrownBy(() -> version.describe(new LocalizedText("Renamed", null, null), LocalizedText.EMPTY))
            .isInstanceOf(AuthoringRefusal.class);
        assertThatThrownBy(() -> version.submit(1, NOW)).isInstanceOf(AuthoringRefusal.class);
    }

    @Test
    void whoeverSubmittedCannotApprove() {
        version.submit(5, NOW);
        assertThatThrownBy(() -> version.approve(5, NOW, null)).isInstanceOf(AuthoringRefusal.class)
            .extracting(e -> ((AuthoringRefusal) e).messageKey()).isEqualTo("careerpath.authoring.refused.own-submission");
        assertThat(version.getStatus()).isEqualTo(VersionStatus.SUBMITTED);
    }

    @Test
    void aNextDraftKeepsTheNameAndStartsOver() {
        PathVersion next = version.nextDraft(2, 3, NOW);
        assertThat(next.getNumber()).isEqualTo(2);
        assertThat(next.getStatus()).isEqualTo(VersionStatus.DRAFT);
        assertThat(next.name()).isEqualTo(version.name());
    }

    @Test
    void theComparisonNamesAddedRemovedAndChangedLevelsAndRequirements() {
        LevelSnapshot junior = level("JUNIOR", 1, "Junior", 0, Map.of("JAVA", new Required(text("Java"), 2)));
        LevelSnapshot senior = level("SENIOR", 2, "Senior", 5, Map.of("JAVA", new Required(text("Java"), 4)));
        LevelSnapshot seniorChanged = level("SENIOR", 1, "Senior engineer", 6,
            Map.of("JAVA", new Required(text("Java"), 5), "SQL", new Required(text("SQL"), 3)));
        LevelSnapshot principal = level("PRINCIPAL", 2, "Principal", 10, Map.of());

        List<LevelChange> changes = VersionSnapshots.compare(List.of(junior, senior), List.of(seniorChanged, principal));

        assertThat(changes).extracting(LevelChange::code, LevelChange::kind).containsExactly(
            org.assertj.core.groups.Tuple.tuple("SENIOR", ChangeKind.CHANGED),
            org.assertj.core.groups.Tuple.tuple("PRINCIPAL", ChangeKind.ADDED),
            org.assertj.core.groups.Tuple.tuple("JUNIOR", ChangeKind.REMOVED));
        LevelChange changed = changes.get(0);
        assertThat(changed.fields()).containsExactly(LevelField.TITLE, LevelField.POSITION, LevelField.EXPERIENCE);
        assertThat(changed.requirements()).extracting(r -> r.competencyCode() + ":" + r.before() + "->" + r.after())
            .containsExactly("JAVA:4->5", "SQL:null->3");
        assertThat(VersionSnapshots.compare(List.of(junior), List.of(junior))).isEmpty();
    }

    private static LevelSnapshot level(String code, int position, String title, int years, Map<String, Required> req) {
        return new LevelSnapshot(code, position, text(title), LocalizedText.EMPTY, LocalizedText.EMPTY,
            LocalizedText.EMPTY, years, new java.util.TreeMap<>(req), Map.of(), Map.of());
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en, null, null);
    }
}
