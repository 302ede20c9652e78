package app.pathwise.careerpath.authoring;

import app.pathwise.competency.CertificationQueries;
import app.pathwise.competency.CompetencyFilter;
import app.pathwise.competency.CompetencyView;
import app.pathwise.competency.FrameworkQueries;
import app.pathwise.people.Option;
import app.pathwise.people.OrganisationService;
import app.pathwise.shared.LocalizedText;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What level requirements pick from: competencies, the proficiency scale and certifications (from
 * the competency module's read services), and job titles (from the people module). Each method runs
 * one statement.
 */
@Component
public class FrameworkCatalogue {

    /** A competency to choose, with its group for grouping the choices. */
    public record CompetencyOption(long id, String code, LocalizedText name, String groupCode, LocalizedText group,
                                   boolean active) {
    }

    /** A level of the proficiency scale. */
    public record ScaleLevel(int level, LocalizedText label) {
    }

    /** A certification of the catalogue. */
    public record CertificationOption(long id, String code, LocalizedText name, String issuer) {
    }

    private final FrameworkQueries framework;
    private final CertificationQueries certifications;
    private final OrganisationService organisation;

    FrameworkCatalogue(FrameworkQueries framework, CertificationQueries certifications,
                       OrganisationService organisation) {
        this.framework = framework;
        this.certifications = certifications;
        this.organisation = organisation;
    }

    /** Every competency, active or not (a level may still require an inactive one), by group then name. */
    public List<CompetencyOption> competencies() {
        return framework.competencies(CompetencyFilter.ALL).stream().map(row -> option(row.competency())).toList();
    }

    /** The proficiency scale, lowest level first. */
    public List<ScaleLevel> scale() {
        return framework.scale().stream().map(level -> new ScaleLevel(level.level(), level.label())).toList();
    }

    public List<CertificationOption> certifications() {
        return certifications.catalogue().stream()
            .map(c -> new CertificationOption(c.id(), c.code(), c.name(), c.issuer())).toList();
    }

    /** Job titles for choosing (id and name). */
    public List<Option> jobTitles() {
        return organisation.jobTitleOptions();
    }

    /** Which of these competencies exist, by id. */
    Map<Long, CompetencyOption> competenciesById(Collection<Long> ids) {
        return framework.competencies(ids).values().stream().map(FrameworkCatalogue::option)
            .collect(Collectors.toMap(CompetencyOption::id, Function.identity()));
    }

    /** Which of these certifications exist. */
    Set<Long> existingCertifications(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> known = certifications().stream().map(CertificationOption::id).collect(Collectors.toSet());
        Set<Long> found = new HashSet<>(ids);
        found.retainAll(known);
        return found;
    }

    /** Which of these job titles exist. */
    Set<Long> existingJobTitles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> known = jobTitles().stream().map(Option::id).collect(Collectors.toSet());
        Set<Long> found = new HashSet<>(ids);
        found.retainAll(known);
        return found;
    }

    static Object array(Collection<Long> ids) {
        return ids.toArray(new Long[0]);
    }

    private static CompetencyOption option(CompetencyView c) {
        return new CompetencyOption(c.id(), c.code(), c.name(), c.groupCode(), c.groupName(), c.active());
    }
}
