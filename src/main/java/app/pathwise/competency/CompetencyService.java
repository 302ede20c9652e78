package app.pathwise.competency;

import app.pathwise.shared.LocalizedText;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR writes the competencies of the framework: code, group, name and description, and the behaviours
 * for every level of the scale; deactivates and reactivates them. Every change is audited.
 */
@Service
public class CompetencyService {

    /** Codes: letters, digits, dots, dashes and underscores. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private final Competencies competencies;
    private final CompetencyGroups groups;
    private final ProficiencyLevels levels;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompetencyService(Competencies competencies, CompetencyGroups groups, ProficiencyLevels levels,
                      ApplicationEventPublisher events, Clock clock) {
        this.competencies = competencies;
        this.groups = groups;
        this.levels = levels;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is wrong with a draft, without saving anything: code or English name missing or taken
     * (by another competency than {@code id}), unknown group, a level of the scale without English
     * behaviours (field {@code behaviours[<level>]}).
     */
    @Transactional(readOnly = true)
    public FrameworkProblems check(Long id, CompetencyDraft draft) {
        FrameworkProblems problems = new FrameworkProblems();
        if (draft.code().isEmpty()) {
            problems.add("code", "NotBlank");
        } else if (!CODE.matcher(draft.code()).matches()) {
            problems.add("code", "Pattern.code");
        } else {
            competencies.findByCodeIgnoreCase(draft.code()).filter(other -> !Objects.equals(other.getId(), id))
                .ifPresent(other -> problems.add("code", "competency.error.code-taken"));
        }
        if (draft.name().en() == null) {
            problems.add("nameEn", "NotBlank");
        } else {
            competencies.findByNameEnIgnoreCase(draft.name().en()).filter(other -> !Objects.equals(other.getId(), id))
                .ifPresent(other -> problems.add("nameEn", "competency.error.name-taken"));
        }
        if (draft.groupId() == null || !groups.existsById(draft.groupId())) {
            problems.add("groupId", "competency.error.group-required");
        }
        for (ProficiencyLevel level : levels.findAll()) {
            LocalizedText text = draft.behaviours().getOrDefault(level.getLevel(), LocalizedText.EMPTY);
            if (text.en() == null) {
                problems.add(behavioursField(level.getLevel()), "competency.error.behaviours-required",
                    level.getLevel());
            }
        }
        return problems;
    }

    /** The field {@link #check} names for the behaviours of a level. */
    public static String behavioursField(int level) {
        return "behaviours[" + level + "]";
    }

    @Transactional
    public FrameworkOutcome createCompetency(CompetencyDraft draft) {
        FrameworkProblems problems = check(null, draft);
        if (!problems.isEmpty()) {
            return FrameworkOutcome.refused(problems);
        }
        Competency competency = competencies.save(new Competency(onScale(draft), clock.instant()));
        events.publishEvent(new AuditedChange("competency.created", "competency", competency.getId(),
            "code=" + draft.code() + ", name=" + draft.name().en() + ", group=" + draft.groupId()));
        return FrameworkOutcome.saved(competency.getId());
    }

    /** Changes a competency; a stale version is a conflict and changes nothing. */
    @Transactional
    public FrameworkOutcome updateCompetency(long id, long expectedVersion, CompetencyDraft draft) {
        Competency competency = load(id, expectedVersion);
        FrameworkProblems problems = check(id, draft);
        if (!problems.isEmpty()) {
            return FrameworkOutcome.refused(problems);
        }
        String before = "code=" + competency.getCode() + ", name=" + competency.getNameEn();
        competency.describe(onScale(draft), clock.instant());
        competencies.save(competency);
        events.publishEvent(new AuditedChange("competency.updated", "competency", id,
            before + " -> code=" + draft.code() + ", name=" + draft.name().en() + ", group=" + draft.groupId()));
        return FrameworkOutcome.saved(id);
    }

    /** Takes a competency out of use for new requirements and ratings; what refers to it stays. */
    @Transactional
    public void deactivateCompetency(long id, long expectedVersion) {
        Competency competency = load(id, expectedVersion);
        if (competency.isActive()) {
            competency.deactivate(clock.instant());
            competencies.save(competency);
            events.publishEvent(new AuditedChange("competency.deactivated", "competency", id,
                "code=" + competency.getCode()));
        }
    }

    @Transactional
    public void reactivateCompetency(long id, long expectedVersion) {
        Competency competency = load(id, expectedVersion);
        if (!competency.isActive()) {
            competency.reactivate(clock.instant());
            competencies.save(competency);
            events.publishEvent(new AuditedChange("competency.reactivated", "competency", id,
                "code=" + competency.getCode()));
        }
    }

    private Competency load(long id, long expectedVersion) {
        Competency competency = competencies.findById(id).orElseThrow(NotFoundException::new);
        if (competency.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Competency.class, id);
        }
        return competency;
    }

    /** The draft's behaviours for the levels of the scale only. */
    private CompetencyDraft onScale(CompetencyDraft draft) {
        Map<Integer, LocalizedText> behaviours = new LinkedHashMap<>();
        levels.findAll().forEach(level -> {
            LocalizedText text = draft.behaviours().get(level.getLevel());
            if (text != null && text.en() != null) {
                behaviours.put(level.getLevel(), text);
            }
        });
        return new CompetencyDraft(draft.code(), draft.groupId(), draft.name(), draft.description(), behaviours);
    }
}
