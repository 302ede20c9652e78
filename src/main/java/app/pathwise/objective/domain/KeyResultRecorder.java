package app.pathwise.objective.domain;

import app.pathwise.objective.KeyResultUpdateRejected;
import app.pathwise.objective.KeyResultUpdated;
import app.pathwise.objective.ObjectiveScope;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a key result's new value: the value must suit its kind, the objective must be active, and
 * every value is kept in the update history (with the check-in that recorded it, if any) and audited.
 */
@Component
public class KeyResultRecorder {

    public static final int MAX_NOTE = 2000;
    /** The problem of a note longer than {@link #MAX_NOTE}. */
    public static final String NOTE_TOO_LONG = "objective.update.note-too-long";

    private final Objectives objectives;
    private final KeyResults keyResults;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyResultRecorder(Objectives objectives, KeyResults keyResults, NamedParameterJdbcTemplate jdbc,
                      ApplicationEventPublisher events, Clock clock) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a value for a key result of a personal objective of {@code ownerId}, by
     * {@code byEmployeeId} (the owner, or someone the caller allowed); any other key result, existing or
     * not, is not found. No version check: the last value recorded wins.
     */
    @Transactional
    public KeyResultUpdated recordForOwner(long keyResultId, long ownerId, BigDecimal value, String note,
                                           long byEmployeeId, Long checkInId) {
        KeyResult keyResult = keyResults.findById(keyResultId).orElseThrow(NotFoundException::new);
        Objective objective = objectives.findById(keyResult.getObjectiveId()).orElseThrow(NotFoundException::new);
        if (objective.getScope() != ObjectiveScope.PERSONAL
            || !Objects.equals(objective.getOwnerId(), ownerId)) {
            throw new NotFoundException();
        }
        return record(objective, keyResult, value, note, byEmployeeId, checkInId);
    }

    /** Records the value after the caller checked who may; throws {@link KeyResultUpdateRejected} on bad input. */
    KeyResultUpdated record(Objective objective, KeyResult keyResult, BigDecimal value, String note, Long byEmployeeId,
                            Long checkInId) {
        if (!objective.isActive()) {
            throw new KeyResultUpdateRejected("objective.update.closed");
        }
        String problem = keyResult.getKind().problemWith(value, keyResult.getTargetValue());
        if (problem != null) {
            throw new KeyResultUpdateRejected(problem);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw new KeyResultUpdateRejected(NOTE_TOO_LONG, MAX_NOTE);
        }
        Instant now = Instant.now(clock);
        BigDecimal previous = keyResult.record(value, now);
        keyResults.saveAndFlush(keyResult);
        Map<String, Object> params = new HashMap<>();
        params.put("keyResult", keyResult.getId());
        params.put("previous", previous);
        params.put("value", value);
        params.put("note", cleanNote);
        params.put("at", Timestamp.from(now));
        params.put("by", byEmployeeId);
        params.put("checkIn", checkInId);
        params.put("start", keyResult.getStartValue());
        params.put("target", keyResult.getTargetValue());
        long[] inserted = jdbc.queryForObject("""
            insert into key_result_update (key_result_id, previous_value, value, note, recorded_at, recorded_by, check_in_id)
            values (:keyResult, :previous, :value, :note, :at, :by, :checkIn)
            returning id, round(key_result_progress(:start, :target, :value))
            """, params, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        events.publishEvent(new AuditedChange("key-result.value-recorded", "key_result", keyResult.getId(),
            "objective=" + objective.getId() + ", " + previous.stripTrailingZeros().toPlainString() + " -> "
                + value.stripTrailingZeros().toPlainString() + (checkInId == null ? "" : ", check-in=" + checkInId)));
        return new KeyResultUpdated(inserted[0], keyResult.getId(), objective.getId(), previous, value,
            (int) inserted[1], now);
    }
}
