package app.pathwise.plan;

import org.springframework.data.repository.CrudRepository;

interface CareerGoals extends CrudRepository<CareerGoal, Long> {

    long countByPlanId(long planId);
}
