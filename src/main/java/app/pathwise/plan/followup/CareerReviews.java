package app.pathwise.plan.followup;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareerReviews extends JpaRepository<CareerReview, Long> {

    boolean existsByPlanId(long planId);
}
