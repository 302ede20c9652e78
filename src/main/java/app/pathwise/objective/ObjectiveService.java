package app.pathwise.objective;

import app.pathwise.objective.domain.KeyResultRecorder;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

/** What other modules change in objectives: key-result values, for example during a check-in. */
@Service
public class ObjectiveService {

    private final KeyResultRecorder recorder;

    ObjectiveService(KeyResultRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * Records a new current value for a key result of a personal objective of {@code ownerId}, with an
     * optional note, who recorded it (the owner, or their manager during a check-in) and the check-in
     * that recorded it (the plan module's id, kept without a foreign key), in the caller's transaction if
     * there is one. The caller has checked that {@code byEmployeeId} may act on the owner's objectives.
     * The update is kept in the key result's history and audited; the last value recorded wins (no
     * version check).
     *
     * @param value the new current value: any number with at most two decimals for a number key result,
     *     0 to 100 for a percentage, 0 or 1 for yes/no, the number of milestones reached (0 to their
     *     number) for milestones; {@link KeyResultView#problemWith} checks a value beforehand
     * @param note up to 2,000 characters, or null
     * @return the recorded update with the key result's new progress
     * @throws app.pathwise.shared.NotFoundException when there is no such key result or it is not on a
     *     personal objective of {@code ownerId}
     * @throws KeyResultUpdateRejected when the value does not suit the key result, the note is too long
     *     or the objective is closed; nothing is saved
     */
    public KeyResultUpdated recordKeyResultUpdate(long keyResultId, long ownerId, BigDecimal value, String note,
                                                  long byEmployeeId, Long checkInId) {
        return recorder.recordForOwner(keyResultId, ownerId, value, note, byEmployeeId, checkInId);
    }
}
