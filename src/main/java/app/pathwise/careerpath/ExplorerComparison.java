package app.pathwise.careerpath;

import app.pathwise.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two levels side by side, possibly of different paths, with every difference marked: a requirement
 * only one of them has, a higher or lower required proficiency, more or fewer years, another
 * education. A change reads from the left level to the right one.
 */
public record ExplorerComparison(ExplorerLevel left, ExplorerLevel right, List<Row> competencies,
                                 List<Row> certifications, Change years, boolean educationDiffers) {

    /** How the right level differs from the left one. */
    public enum Change {
        SAME, ONLY_LEFT, ONLY_RIGHT, HIGHER, LOWER;

        static Change of(Integer left, Integer right) {
            if (left == null) {
                return ONLY_RIGHT;
            }
            if (right == null) {
                return ONLY_LEFT;
            }
            int order = Integer.compare(right, left);
            return order > 0 ? HIGHER : order < 0 ? LOWER : SAME;
        }
    }

    /** One requirement on either side; levels are null for certifications and where the side lacks it. */
    public record Row(long id, LocalizedText name, LocalizedText group, Integer left, LocalizedText leftLabel,
                      Integer right, LocalizedText rightLabel, boolean inLeft, boolean inRight, Change change) {

        public boolean differs() {
            return change != Change.SAME;
        }
    }

    public int differenceCount() {
        return (int) (competencies.stream().filter(Row::differs).count()
            + certifications.stream().filter(Row::differs).count() + (years != Change.SAME ? 1 : 0)
            + (educationDiffers ? 1 : 0));
    }

    /** Compares two levels' requirements; rows keep the left level's order, then what only the right has. */
    public static ExplorerComparison of(ExplorerLevel left, List<ExplorerCompetency> leftCompetencies,
                                        List<ExplorerCertification> leftCertifications, ExplorerLevel right,
                                        List<ExplorerCompetency> rightCompetencies,
                                        List<ExplorerCertification> rightCertifications) {
        Map<Long, ExplorerCompetency> rightById = new LinkedHashMap<>();
        rightCompetencies.forEach(c -> rightById.put(c.competencyId(), c));
        List<Row> competencies = new ArrayList<>();
        for (ExplorerCompetency l : leftCompetencies) {
            ExplorerCompetency r = rightById.remove(l.competencyId());
            Integer rightLevel = r == null ? null : r.requiredLevel();
            competencies.add(new Row(l.competencyId(), l.name(), l.group(), l.requiredLevel(), l.requiredLabel(),
                rightLevel, r == null ? null : r.requiredLabel(), true, r != null,
                Change.of(l.requiredLevel(), rightLevel)));
        }
        rightById.values().forEach(r -> competencies.add(new Row(r.competencyId(), r.name(), r.group(), null, null,
            r.requiredLevel(), r.requiredLabel(), false, true, Change.ONLY_RIGHT)));
        competencies.sort(Comparator.comparing(Row::differs).reversed());

        Map<Long, ExplorerCertification> rightCerts = new LinkedHashMap<>();
        rightCertifications.forEach(c -> rightCerts.put(c.certificationId(), c));
        List<Row> certifications = new ArrayList<>();
        for (ExplorerCertification l : leftCertifications) {
            boolean both = rightCerts.remove(l.certificationId()) != null;
            certifications.add(new Row(l.certificationId(), l.name(), null, null, null, null, null, true, both,
                both ? Change.SAME : Change.ONLY_LEFT));
        }
        rightCerts.values().forEach(r -> certifications.add(new Row(r.certificationId(), r.name(), null, null, null,
            null, null, false, true, Change.ONLY_RIGHT)));

        Change years = Change.of(left.minYears(), right.minYears());
        boolean education = !left.education().equals(right.education());
        return new ExplorerComparison(left, right, competencies, certifications, years, education);
    }
}
