package app.pathwise.plan.followup;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReports extends JpaRepository<ProgressReport, Long> {

    boolean existsByPlanIdAndPeriodStart(long planId, LocalDate periodStart);
}
