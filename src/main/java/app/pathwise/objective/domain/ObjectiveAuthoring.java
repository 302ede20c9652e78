package app.pathwise.objective.domain;

import app.pathwise.objective.KeyResultKind;
import app.pathwise.objective.KeyResultUpdated;
import app.pathwise.objective.ObjectiveScope;
import app.pathwise.objective.ObjectiveStatus;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, closing and reopening objectives and their key results, and recording key-result
 * values from the pages. Every action checks who may ({@link ObjectiveAccess}; anyone else gets the
 * not-found answer), a stale version or a closed objective is a conflict, bad input comes back as
 * {@link Problems} with nothing saved, and every change is audited.
 */
@Service
public class ObjectiveAuthoring {

    private final Objectives objectives;
    private final KeyResults keyResults;
    private final ObjectiveAccess access;
    private final Alignment alignment;
    private final KeyResultRecorder recorder;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ObjectiveAuthoring(Objectives objectives, KeyResults keyResults, ObjectiveAccess access, Alignment alignment,
                       KeyResultRecorder recorder, NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events,
                       Clock clock) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.access = access;
        this.alignment = alignment;
        this.recorder = recorder;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The user's own personal objective; users without an employee record have none. */
    @Transactional
    public Saved createPersonal(PathwiseUser user, ObjectiveDraft draft) {
        if (user.employeeId() == null) {
            throw new NotFoundException();
        }
        return create(ObjectiveScope.PERSONAL, user.employeeId(), null, user.employeeId(), draft);
    }

    /** A department's objective, by HR or a manager of that department. */
    @Transactional
    public Saved createForDepartment(PathwiseUser user, long departmentId, ObjectiveDraft draft) {
        if (!access.canEditDepartment(user, departmentId) || !departmentExists(departmentId)) {
            throw new NotFoundException();
        }
        return create(ObjectiveScope.DEPARTMENT, null, departmentId, departmentId, draft);
    }

    /** A company objective, by HR or an executive. */
    @Transactional
    public Saved createForCompany(PathwiseUser user, ObjectiveDraft draft) {
        if (!access.canEditCompany(user)) {
            throw new NotFoundException();
        }
        return create(ObjectiveScope.COMPANY, null, null, null, draft);
    }

    private Saved create(ObjectiveScope scope, Long ownerId, Long departmentId, Long holderId, ObjectiveDraft draft) {
        Problems problems = new Problems();
        checkDraft(draft, problems);
        alignment.check(scope, holderId, null, null, draft.period(), draft.parentId(), problems);
        if (!problems.isEmpty()) {
            return Saved.rejected(problems);
        }
        Objective objective = objectives.saveAndFlush(new Objective(scope, ownerId, departmentId, draft,
            Instant.now(clock)));
        events.publishEvent(new AuditedChange("objective.created", "objective", objective.getId(),
            describe(objective)));
        return Saved.of(objective.getId());
    }

    /** Changes an objective's title, description, period or alignment. */
    @Transactional
    public Saved update(PathwiseUser user, long id, Long expectedVersion, ObjectiveDraft draft) {
        Objective objective = editable(user, id, expectedVersion);
        Problems problems = new Problems();
        checkDraft(draft, problems);
        alignment.check(objective.getScope(), holder(objective), objective.getId(), objective.getParentId(),
            draft.period(), draft.parentId(), problems);
        if (draft.period() != null && !draft.period().equals(objective.period())
            && !alignment.childrenFit(objective.getId(), draft.period())) {
            problems.add("period", "objective.form.children-outside");
        }
        if (!problems.isEmpty()) {
            return Saved.rejected(problems);
        }
        String before = describe(objective);
        objective.describe(draft, Instant.now(clock));
        objectives.saveAndFlush(objective);
        events.publishEvent(new AuditedChange("objective.updated", "objective", id,
            before + " -> " + describe(objective)));
        return Saved.of(id);
    }

    @Transactional
    public void close(PathwiseUser user, long id, Long expectedVersion) {
        Objective objective = editable(user, id, expectedVersion);
        objective.close(Instant.now(clock));
        objectives.saveAndFlush(objective);
        events.publishEvent(new AuditedChange("objective.closed", "objective", id, describe(objective)));
    }

    @Transactional
    public void reopen(PathwiseUser user, long id, Long expectedVersion) {
        Objective objective = objectives.findById(id).orElseThrow(NotFoundException::new);
        checkEdit(user, objective);
        checkVersion(objective.getVersion(), expectedVersion, Objective.class, id);
        if (objective.isActive()) {
            throw new ObjectOptimisticLockingFailureException(Objective.class, id);
        }
        objective.reopen(Instant.now(clock));
        objectives.saveAndFlush(objective);
        events.publishEvent(new AuditedChange("objective.reopened", "objective", id, describe(objective)));
    }

    /** Adds a key result at the end of the objective's list; it starts at its start value. */
    @Transactional
    public Saved addKeyResult(PathwiseUser user, long objectiveId, KeyResultDraft submitted) {
        Objective objective = editable(user, objectiveId, null);
        KeyResultDraft draft = KeyResultRules.normalise(submitted);
        Problems problems = KeyResultRules.check(draft, null);
        long count = keyResults.countByObjectiveId(objectiveId);
        if (count >= KeyResultRules.MAX_KEY_RESULTS) {
            problems.add(null, "objective.key-result.too-many", KeyResultRules.MAX_KEY_RESULTS);
        }
        if (!problems.isEmpty()) {
            return Saved.rejected(problems);
        }
        KeyResult keyResult = keyResults.saveAndFlush(new KeyResult(objectiveId, draft, (int) count + 1,
            Instant.now(clock)));
        writeMilestones(keyResult.getId(), draft.milestones());
        events.publishEvent(new AuditedChange("key-result.created", "key_result", keyResult.getId(),
            "objective=" + objective.getId() + ", " + describe(keyResult)));
        return Saved.of(keyResult.getId());
    }

    /** Changes what a key result measures (its kind stays, its current value is kept). */
    @Transactional
    public Saved updateKeyResult(PathwiseUser user, long objectiveId, long keyResultId, Long expectedVersion,
                                 KeyResultDraft submitted) {
        Objective objective = editable(user, objectiveId, null);
        KeyResult keyResult = keyResultOf(objective, keyResultId);
        checkVersion(keyResult.getVersion(), expectedVersion, KeyResult.class, keyResultId);
        KeyResultDraft draft = KeyResultRules.normalise(new KeyResultDraft(submitted.title(), keyResult.getKind(),
            submitted.startValue(), submitted.targetValue(), submitted.unit(), submitted.milestones()));
        Problems problems = KeyResultRules.check(draft, keyResult.getCurrentValue());
        if (!problems.isEmpty()) {
            return Saved.rejected(problems);
        }
        String before = describe(keyResult);
        keyResult.redefine(draft, Instant.now(clock));
        keyResults.saveAndFlush(keyResult);
        if (draft.kind() == KeyResultKind.MILESTONE) {
            jdbc.update("delete from key_result_milestone where key_result_id = :id", Map.of("id", keyResultId));
            writeMilestones(keyResultId, draft.milestones());
        }
        events.publishEvent(new AuditedChange("key-result.updated", "key_result", keyResultId,
            "objective=" + objectiveId + ", " + before + " -> " + describe(keyResult)));
        return Saved.of(keyResultId);
    }

    /**
     * Records a key result's new value with a note, by whoever may edit the objective; a bad value is
     * thrown back as {@link app.pathwise.objective.KeyResultUpdateRejected}.
     */
    @Transactional
    public KeyResultUpdated recordValue(PathwiseUser user, long objectiveId, long keyResultId, Long expectedVersion,
                                        BigDecimal value, String note) {
        Objective objective = editable(user, objectiveId, null);
        KeyResult keyResult = keyResultOf(objective, keyResultId);
        checkVersion(keyResult.getVersion(), expectedVersion, KeyResult.class, keyResultId);
        return recorder.record(objective, keyResult, value, note, user.employeeId(), null);
    }

    /** The objective, when the user may edit it, the version matches (if given) and it is active. */
    private Objective editable(PathwiseUser user, long id, Long expectedVersion) {
        Objective objective = objectives.findById(id).orElseThrow(NotFoundException::new);
        checkEdit(user, objective);
        if (expectedVersion != null) {
            checkVersion(objective.getVersion(), expectedVersion, Objective.class, id);
        }
        if (!objective.isActive()) {
            throw new ObjectOptimisticLockingFailureException(Objective.class, id);
        }
        return objective;
    }

    private void checkEdit(PathwiseUser user, Objective objective) {
        if (!access.canEdit(user, objective.getScope(), objective.getOwnerId(), objective.getDepartmentId())) {
            throw new NotFoundException();
        }
    }

    private KeyResult keyResultOf(Objective objective, long keyResultId) {
        KeyResult keyResult = keyResults.findById(keyResultId).orElseThrow(NotFoundException::new);
        if (keyResult.getObjectiveId() != objective.getId()) {
            throw new NotFoundException();
        }
        return keyResult;
    }

    private static void checkVersion(long actual, Long expected, Class<?> type, long id) {
        if (expected == null || actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private static void checkDraft(ObjectiveDraft draft, Problems problems) {
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add("title", "NotBlank");
        }
        if (draft.period() == null) {
            problems.add("period", "objective.form.period-invalid");
        }
    }

    private void writeMilestones(long keyResultId, List<String> milestones) {
        for (int i = 0; i < milestones.size(); i++) {
            jdbc.update("insert into key_result_milestone (key_result_id, position, title) values (:id, :position, :title)",
                Map.of("id", keyResultId, "position", i + 1, "title", milestones.get(i)));
        }
    }

    private boolean departmentExists(long departmentId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from department where id = :id)",
            Map.of("id", departmentId), Boolean.class));
    }

    private static Long holder(Objective objective) {
        return objective.getScope() == ObjectiveScope.PERSONAL ? objective.getOwnerId() : objective.getDepartmentId();
    }

    /** A summary for the audit log: no free text of personal objectives, which only their readers may see. */
    private static String describe(Objective objective) {
        String who = switch (objective.getScope()) {
            case PERSONAL -> "owner=" + objective.getOwnerId();
            case DEPARTMENT -> "department=" + objective.getDepartmentId() + ", " + objective.getTitle();
            case COMPANY -> objective.getTitle();
        };
        return objective.getScope() + " " + objective.period() + ", " + who
            + (objective.getParentId() == null ? "" : ", parent=" + objective.getParentId())
            + (objective.getStatus() == ObjectiveStatus.CLOSED ? ", closed" : "");
    }

    private static String describe(KeyResult keyResult) {
        return keyResult.getKind() + " " + plain(keyResult.getStartValue()) + " to " + plain(keyResult.getTargetValue());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
