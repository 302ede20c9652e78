package app.pathwise.careerpath;

import app.pathwise.competency.Proficiency;
import app.pathwise.shared.LocalizedText;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A person against one level: each competency (largest gap first), each certification, the years of
 * experience and the readiness these give.
 */
public record GapLevel(Kind kind, ExplorerLevelRef level, List<GapCompetency> competencies,
                       List<GapCertification> certifications, GapYears years, Readiness readiness) {

    /** Which level this is for the person. */
    public enum Kind {
        CURRENT, NEXT, TARGET
    }

    /**
     * A person against a level: their current proficiency per competency id, the scale's labels (for
     * the current levels; may be empty), and their years of experience.
     */
    public static GapLevel of(Kind kind, ExplorerLevel level, List<ExplorerCompetency> required,
                              List<ExplorerCertification> certifications, Map<Long, Proficiency> proficiency,
                              Map<Integer, LocalizedText> labels, int yearsOfExperience) {
        List<GapCompetency> competencies = required.stream().map(requirement -> {
            Proficiency current = proficiency.get(requirement.competencyId());
            Integer currentLevel = current == null ? null : current.level();
            return new GapCompetency(requirement.competencyId(), requirement.name(), requirement.group(),
                requirement.requiredLevel(), requirement.requiredLabel(), currentLevel,
                currentLevel == null ? null : labels.get(currentLevel), current != null && current.confirmed());
        }).sorted(Comparator.comparingInt(GapCompetency::gap).reversed()).toList();
        List<GapCertification> certs = certifications.stream().map(c -> new GapCertification(c.certificationId(),
            c.name(), c.issuer(), c.held(), c.validUntil())).sorted(Comparator.comparing(GapCertification::met)).toList();
        GapYears years = new GapYears(level.minYears(), yearsOfExperience);
        return new GapLevel(kind, level.ref(), competencies, certs, years, Readiness.of(competencies, certs, years));
    }

    public long unmetCount() {
        return competencies.stream().filter(c -> !c.met()).count()
            + certifications.stream().filter(c -> !c.met()).count() + (years.counts() && !years.met() ? 1 : 0);
    }

    public boolean hasUnconfirmed() {
        return competencies.stream().anyMatch(c -> c.rated() && !c.confirmed());
    }
}
