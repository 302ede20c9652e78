package app.pathwise.plan.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The employee's report for one period: progress, and how they applied what they learned. */
@Entity
@Table(name = "progress_report")
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long planId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String progress;
    private String learningApplied;
    private Instant submittedAt;

    protected ProgressReport() {
    }

    ProgressReport(long planId, ReportPeriod period, String progress, String learningApplied, Instant submittedAt) {
        this.planId = planId;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.progress = progress;
        this.learningApplied = learningApplied;
        this.submittedAt = submittedAt;
    }

    Long getId() {
        return id;
    }
}
