package app.pathwise.plan;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

interface DevelopmentPlans extends CrudRepository<DevelopmentPlan, Long> {

    boolean existsByEmployeeIdAndStatusIn(long employeeId, Collection<PlanStatus> statuses);

    /**
     * Records activity on the plan from a change to its goals, gaps or actions, without touching its
     * version, and only while it is in one of the statuses: 0 when it has moved on meanwhile.
     */
    @Modifying(flushAutomatically = true)
    @Query("update DevelopmentPlan p set p.lastActivityAt = :now where p.id = :id and p.status in :statuses")
    int touch(@Param("id") long id, @Param("statuses") Collection<PlanStatus> statuses, @Param("now") Instant now);
}
