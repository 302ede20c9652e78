package app.pathwise.plan.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanComments extends JpaRepository<PlanComment, Long> {
}
