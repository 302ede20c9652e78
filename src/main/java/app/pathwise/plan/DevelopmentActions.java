package app.pathwise.plan;

import org.springframework.data.repository.CrudRepository;

interface DevelopmentActions extends CrudRepository<DevelopmentAction, Long> {

    long countByPlanId(long planId);
}
