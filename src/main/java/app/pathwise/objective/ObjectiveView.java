package app.pathwise.objective;

import java.util.List;

/**
 * An objective as read: whose it is, its period, what it aligns to, its progress (the mean of its
 * key results' progress, null while it has none), the expected pace on the day it was read (the share
 * of the period gone by, in percent) and its key results in order.
 */
public record ObjectiveView(long id, long version, ObjectiveScope scope, Long ownerId, String ownerName,
                            Long departmentId, String departmentName, Period period, String title,
                            String description, ObjectiveStatus status, Long parentId, String parentTitle,
                            ObjectiveScope parentScope, Integer progress, int expectedPace,
                            List<KeyResultView> keyResults) {

    public ObjectiveView {
        keyResults = List.copyOf(keyResults);
    }

    public boolean active() {
        return status == ObjectiveStatus.ACTIVE;
    }

    /** Whether the objective as a whole is behind the expected pace (see {@link ObjectiveQueries#BEHIND_MARGIN}). */
    public boolean behind() {
        return progress != null && ObjectiveQueries.isBehind(active(), progress, expectedPace);
    }

    /** How many of its key results are behind the expected pace. */
    public long behindCount() {
        return keyResults.stream().filter(KeyResultView::behind).count();
    }
}
