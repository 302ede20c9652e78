package app.pathwise.plan;

import app.pathwise.careerpath.ExplorerLevelRef;
import app.pathwise.careerpath.GapAnalysis;
import app.pathwise.careerpath.GapCompetency;
import app.pathwise.careerpath.GapLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gaps an employee may choose for a plan, from their gap analysis against the current level,
 * the next level and a chosen target level; the biggest requirement of a competency wins.
 */
public record GapOptions(GapAnalysis analysis, List<GapOption> options) {

    static GapOptions of(GapAnalysis analysis) {
        Map<Long, GapOption> byCompetency = new LinkedHashMap<>();
        for (GapLevel level : analysis.levels()) {
            for (GapCompetency c : level.competencies()) {
                if (c.met()) {
                    continue;
                }
                GapOption option = new GapOption(c.competencyId(), c.name(), c.group(), level.level().levelId(),
                    level.level().title(), level.kind(), c.required(), c.current(), c.gap());
                byCompetency.merge(c.competencyId(), option, (old, candidate) ->
                    candidate.required() > old.required() ? candidate : old);
            }
        }
        return new GapOptions(analysis, List.copyOf(byCompetency.values()));
    }

    public Optional<GapOption> find(long competencyId) {
        return options.stream().filter(o -> o.competencyId() == competencyId).findFirst();
    }

    /** The level of the given kind in the analysis (the next level up, the chosen target...). */
    public Optional<ExplorerLevelRef> level(GapLevel.Kind kind) {
        return analysis.levels().stream().filter(l -> l.kind() == kind).map(GapLevel::level).findFirst();
    }

    public Long currentLevelId() {
        return analysis.currentLevel() == null ? null : analysis.currentLevel().levelId();
    }
}
