package app.pathwise.plan;

import org.springframework.data.repository.CrudRepository;

interface PlanEvents extends CrudRepository<PlanEvent, Long> {
}
