package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's changes to the proficiency scale: labels and descriptions, a level added on top or the top one removed. */
@Service
public class ProficiencyScaleService {

    /** The database allows levels 1 to 10. */
    public static final int MAX_LEVELS = 10;

    /** A scale of one level measures nothing; the lowest two levels stay. */
    public static final int MIN_LEVELS = 2;

    private final ProficiencyLevels levels;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ProficiencyScaleService(ProficiencyLevels levels, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.levels = levels;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Relabels a level; English label required. A stale version is a conflict. */
    @Transactional
    public FrameworkProblems describeLevel(int level, long expectedVersion, LocalizedText label,
                                           LocalizedText description) {
        ProficiencyLevel found = levels.findById(level).orElseThrow(NotFoundException::new);
        if (found.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProficiencyLevel.class, level);
        }
        FrameworkProblems problems = check(label);
        if (!problems.isEmpty()) {
            return problems;
        }
        String before = found.label().en();
        found.describe(label, description);
        levels.save(found);
        events.publishEvent(new AuditedChange("proficiency-level.updated", "proficiency_level", (long) level,
            "label: " + before + " -> " + label.en()));
        return problems;
    }

    /** Adds a level above the current top one. Competencies then need behaviours for it. */
    @Transactional
    public FrameworkOutcome addLevel(LocalizedText label, LocalizedText description) {
        FrameworkProblems problems = check(label);
        int next = levels.topLevel().orElse(0) + 1;
        if (next > MAX_LEVELS) {
            problems.add("labelEn", "competency.scale.full", MAX_LEVELS);
        }
        if (!problems.isEmpty()) {
            return FrameworkOutcome.refused(problems);
        }
        levels.save(new ProficiencyLevel(next, label, description));
        events.publishEvent(new AuditedChange("proficiency-level.added", "proficiency_level", (long) next,
            "label=" + label.en()));
        return FrameworkOutcome.saved(next);
    }

    /**
     * Removes the top level when nothing uses it: no behaviours written for it, no rating and no
     * level requirement at it. Answers whether it was removed.
     */
    @Transactional
    public boolean removeTopLevel(int level) {
        int top = levels.topLevel().orElse(0);
        if (level != top || level <= MIN_LEVELS) {
            return false;
        }
        Boolean used = jdbc.queryForObject("""
            select exists (select 1 from competency_indicator where level = ?)
                or exists (select 1 from competency_rating where level = ?)
                or exists (select 1 from level_competency where required_level = ?)
            """, Boolean.class, level, level, level);
        if (Boolean.TRUE.equals(used)) {
            return false;
        }
        ProficiencyLevel removed = levels.findById(level).orElseThrow(NotFoundException::new);
        levels.delete(removed);
        events.publishEvent(new AuditedChange("proficiency-level.removed", "proficiency_level", (long) level,
            "label=" + removed.label().en()));
        return true;
    }

    private static FrameworkProblems check(LocalizedText label) {
        FrameworkProblems problems = new FrameworkProblems();
        if (label.en() == null) {
            problems.add("labelEn", "NotBlank");
        }
        return problems;
    }
}
