package app.pathwise.careerpath;

import app.pathwise.careerpath.explore.EmployeeFacts;
import app.pathwise.careerpath.explore.EmployeeFactsReader;
import app.pathwise.careerpath.explore.LevelReader;
import app.pathwise.careerpath.explore.Requirements;
import app.pathwise.careerpath.explore.Scale;
import app.pathwise.careerpath.explore.ScaleStep;
import app.pathwise.competency.Proficiency;
import app.pathwise.competency.ProficiencyQueries;
import app.pathwise.security.AccessPolicy;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gap analysis for one person: their assessed proficiency, certifications and years of experience
 * against the requirements of their current level, the next level up and a chosen target level (any
 * level of a published path). Readiness is computed by {@link Readiness}.
 */
@Component
public class GapAnalysisQueries {

    private final EmployeeFactsReader facts;
    private final LevelReader levels;
    private final Requirements requirements;
    private final Scale scale;
    private final ProficiencyQueries proficiencies;
    private final AccessPolicy access;
    private final Clock clock;

    GapAnalysisQueries(EmployeeFactsReader facts, LevelReader levels, Requirements requirements, Scale scale,
                       ProficiencyQueries proficiencies, AccessPolicy access, Clock clock) {
        this.facts = facts;
        this.levels = levels;
        this.requirements = requirements;
        this.scale = scale;
        this.proficiencies = proficiencies;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The gap analysis of an employee the user may see (self, their management line, HR); anyone else,
     * and a target that is not a level of a published path, get the not-found answer. Six statements
     * (one more for a manager's access check), whatever the data.
     */
    public GapAnalysis analyse(PathwiseUser user, long employeeId, Long targetLevelId) {
        access.checkView(user, employeeId);
        EmployeeFacts person = facts.find(employeeId).orElseThrow(NotFoundException::new);
        Set<Long> ids = new LinkedHashSet<>();
        if (person.levelId() != null) {
            ids.add(person.levelId());
        }
        if (person.nextLevelId() != null) {
            ids.add(person.nextLevelId());
        }
        if (targetLevelId != null) {
            ids.add(targetLevelId);
        }
        Map<Long, ExplorerLevel> found = levels.byIds(ids, null);
        if (targetLevelId != null && !found.containsKey(targetLevelId)) {
            throw new NotFoundException();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<ExplorerCompetency>> competencies = requirements.competencies(found.keySet());
        Map<Long, List<ExplorerCertification>> certifications = requirements.certifications(found.keySet(),
            employeeId, today);
        Map<Long, Proficiency> current = proficiencies.current(employeeId);
        Map<Integer, LocalizedText> labels = scale.steps().stream()
            .collect(Collectors.toMap(ScaleStep::level, ScaleStep::label));
        int years = person.yearsOfExperience(today);

        List<GapLevel> gaps = new ArrayList<>();
        Set<Long> shown = new LinkedHashSet<>();
        addGap(gaps, shown, GapLevel.Kind.CURRENT, found.get(person.levelId()), competencies, certifications, current,
            labels, years);
        addGap(gaps, shown, GapLevel.Kind.NEXT, found.get(person.nextLevelId()), competencies, certifications, current,
            labels, years);
        addGap(gaps, shown, GapLevel.Kind.TARGET, targetLevelId == null ? null : found.get(targetLevelId),
            competencies, certifications, current, labels, years);
        ExplorerLevel placed = person.levelId() == null ? null : found.get(person.levelId());
        return new GapAnalysis(person.id(), person.fullName(), person.jobTitle(), person.hireDate(), years,
            placed == null ? null : placed.ref(), gaps);
    }

    private static void addGap(List<GapLevel> gaps, Set<Long> shown, GapLevel.Kind kind, ExplorerLevel level,
                               Map<Long, List<ExplorerCompetency>> competencies,
                               Map<Long, List<ExplorerCertification>> certifications, Map<Long, Proficiency> current,
                               Map<Integer, LocalizedText> labels, int years) {
        if (level == null || !shown.add(level.levelId())) {
            return;
        }
        gaps.add(GapLevel.of(kind, level, competencies.getOrDefault(level.levelId(), List.of()),
            certifications.getOrDefault(level.levelId(), List.of()), current, labels, years));
    }
}
