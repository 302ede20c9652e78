package app.pathwise.plan.followup;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckIns extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByIdAndPlanId(long id, long planId);

    boolean existsByIdAndPlanId(long id, long planId);
}
