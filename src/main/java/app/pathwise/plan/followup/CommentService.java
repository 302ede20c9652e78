package app.pathwise.plan.followup;

import app.pathwise.notification.Notice;
import app.pathwise.notification.Notifier;
import app.pathwise.plan.PlanAccess;
import app.pathwise.plan.PlanParty;
import app.pathwise.security.PathwiseUser;
import app.pathwise.shared.NotFoundException;
import app.pathwise.shared.audit.AuditedChange;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two-way comments on a plan, optionally about one of its check-ins. */
@Service
public class CommentService {

    /** The notice kind; its texts are {@code notification.plan.commented.title} and {@code .body}. */
    public static final String COMMENTED = "plan.commented";

    private final PlanAccess access;
    private final PlanFactsReader plans;
    private final CheckIns checkIns;
    private final PlanComments comments;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(PlanAccess access, PlanFactsReader plans, CheckIns checkIns, PlanComments comments,
                   Notifier notifier, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.checkIns = checkIns;
        this.comments = comments;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The employee, their reviewer or someone in their manager line comments; HR reads only unless it
     * acts as the reviewer. A check-in must belong to the plan. The employee and the reviewer hear of
     * it, except the one who wrote it. Anyone else, and a check-in of another plan, get not found.
     */
    @Transactional
    public long comment(PathwiseUser user, long planId, Long checkInId, String body) {
        PlanParty party = access.check(user, planId);
        if (!party.mayComment() || user.employeeId() == null) {
            throw new NotFoundException();
        }
        if (checkInId != null && !checkIns.existsByIdAndPlanId(checkInId, planId)) {
            throw new NotFoundException();
        }
        PlanFacts plan = plans.find(planId);
        PlanComment comment = comments.save(new PlanComment(planId, checkInId, user.employeeId(), body,
            clock.instant()));
        Set<Long> recipients = new LinkedHashSet<>();
        recipients.add(plan.employeeId());
        if (party.reviewerId() != null) {
            recipients.add(party.reviewerId());
        }
        recipients.remove(user.employeeId());
        String link = checkInId == null ? "/plans/" + planId + "/comments"
            : "/plans/" + planId + "/check-ins/" + checkInId;
        String author = plans.employeeName(user.employeeId());
        for (long recipient : recipients) {
            notifier.send(Notice.of(recipient, COMMENTED, link, author, plan.title()));
        }
        events.publishEvent(new AuditedChange("plan.commented", "development_plan", planId,
            "comment " + comment.getId() + (checkInId == null ? "" : " on check-in " + checkInId)));
        return comment.getId();
    }
}
