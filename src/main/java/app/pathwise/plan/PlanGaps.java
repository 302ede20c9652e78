package app.pathwise.plan;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface PlanGaps extends CrudRepository<PlanGap, Long> {

    List<PlanGap> findByPlanId(long planId);
}
